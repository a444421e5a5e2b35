import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { loadErrorWords } from '../src/i18n/errorWordsLoader';

// The app fetches the words for failures right after its first screen; tests start with them.
beforeAll(async () => {
  await loadErrorWords();
});

// Testing Library and the DOM matchers only where there is a document (the `dom` project in
// vite.config.ts): the Node project's files would pay for importing them and never use them.
if (typeof document !== 'undefined') {
  const [{ cleanup, configure }] = await Promise.all([import('@testing-library/react'), import('@testing-library/jest-dom/vitest')]);
  // Screens load lazily, and a busy machine (CI runs several workers) can take over the default
  // second to import one the first time (over 5 s at load 6 to 11); waiting longer never passes
  // what would not appear.
  configure({ asyncUtilTimeout: 10_000 });

  afterEach(() => {
    cleanup();
  });

  // jsdom has no layout, so no ResizeObserver; charts only need it to exist.
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= NoopResizeObserver;
}
