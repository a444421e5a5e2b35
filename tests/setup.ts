import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { loadErrorWords } from '../src/i18n/errorWordsLoader';

// Screens load lazily, and a busy machine (CI runs several workers) can take over the default
// second to import one the first time; waiting longer never passes what would not appear.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// The app fetches the words for failures right after its first screen; tests start with them.
beforeAll(async () => {
  await loadErrorWords();
});

// jsdom has no layout, so no ResizeObserver; charts only need it to exist.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;
