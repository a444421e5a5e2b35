import seed from '../../mocks/fixtures/phok-noi-2565.json';
import { importSeedDocument, type ImportIssue } from '../domain/seed';
import { DEFAULT_SETTINGS } from '../domain/schemas/settings';
import { createMemoryStore } from '../data/adapters/memoryStore';
import type { Store } from '../data/store';

/**
 * Until persistence lands, the app opens on the seed document's data, parsed at this boundary
 * like any file a user would import.
 */
export function createSeedStore(now: Date = new Date()): { ok: true; store: Store } | { ok: false; issues: ImportIssue[] } {
  const imported = importSeedDocument(seed, now.toISOString());
  if (!imported.ok) return { ok: false, issues: imported.issues };
  return { ok: true, store: createMemoryStore(imported.data, DEFAULT_SETTINGS) };
}
