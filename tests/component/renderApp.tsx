import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import type { Preferences } from '../../src/data/preferences';
import type { Store } from '../../src/data/store';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { seedStore } from '../support/seed';

/** The whole app at a hash URL, on a fresh production query client that does not retry. */
interface RenderOptions {
  store?: Store;
  url?: string;
  seed?: () => Promise<DataSet>;
  preferences?: Preferences;
}

export async function renderApp({ store, url = '/', seed, preferences }: RenderOptions = {}) {
  window.location.hash = `#${url}`;
  const queryClient = createQueryClient({ retry: false });
  return render(<App store={store ?? (await seedStore())} queryClient={queryClient} seed={seed ?? null} preferences={preferences} />);
}

/** The value a <dt> term introduces, found the way a reader pairs them: the next <dd>. */
export function definitionOf(container: HTMLElement, term: string): HTMLElement {
  const dt = [...container.querySelectorAll('dt')].find((el) => el.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== 'DD') throw new Error(`no <dd> after the term "${term}"`);
  return dd;
}
