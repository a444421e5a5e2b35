import { render } from '@testing-library/react';
import seed from '../../mocks/fixtures/phok-noi-2565.json';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import { createMemoryStore } from '../../src/data/adapters/memoryStore';
import type { Store } from '../../src/data/store';
import { importSeedDocument, type SeedData } from '../../src/domain/seed';
import { DEFAULT_SETTINGS } from '../../src/domain/schemas/settings';

export function seedData(): SeedData {
  const imported = importSeedDocument(seed, '2026-11-24T00:00:00.000Z');
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  return imported.data;
}

export function seedStore(data: SeedData = seedData()): Store {
  return createMemoryStore(data, DEFAULT_SETTINGS);
}

/** The whole app at a hash URL, on a fresh production query client that does not retry. */
export function renderApp({ store = seedStore(), url = '/' }: { store?: Store; url?: string } = {}) {
  window.location.hash = `#${url}`;
  const queryClient = createQueryClient({ retry: false });
  return render(<App store={store} queryClient={queryClient} />);
}

/** The value a <dt> term introduces, found the way a reader pairs them: the next <dd>. */
export function definitionOf(container: HTMLElement, term: string): HTMLElement {
  const dt = [...container.querySelectorAll('dt')].find((el) => el.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after the term "${term}"`);
  return dd;
}
