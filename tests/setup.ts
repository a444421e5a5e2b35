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
  const [{ cleanup, configure, getConfig }] = await Promise.all([import('@testing-library/react'), import('@testing-library/jest-dom/vitest')]);
  // Screens load lazily, and a busy machine (CI runs several workers) can take over the default
  // second to import one the first time (over 5 s at load 6 to 11); waiting longer never passes
  // what would not appear.
  configure({ asyncUtilTimeout: 10_000 });
  // A findBy or waitFor retries on every change to the page, and each miss printed the whole
  // page into an error that the next try threw away (a twentieth of a component test's time).
  // While retrying, the miss keeps its words only: the error that ends the wait adds the page as
  // it then is, so a failure still shows it once. A single query's failure is unchanged. The
  // flag is Testing Library's own, untyped: were it gone, every miss would print the page again.
  const retrying = () => (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })._disableExpensiveErrorDiagnostics === true;
  configure((config) => {
    const withPage = config.getElementError;
    return {
      getElementError(message, container) {
        if (message === null || !retrying()) return withPage(message, container);
        const error = new Error(message);
        error.name = 'TestingLibraryElementError';
        return error;
      },
    };
  });

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
