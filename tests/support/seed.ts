import seed from '../../mocks/fixtures/phok-noi-2565.json';
import { createMemoryStore } from '../../src/data/adapters/memoryStore';
import type { Store } from '../../src/data/store';
import { importSeedDocument, type SeedData } from '../../src/domain/seed';
import { DEFAULT_SETTINGS } from '../../src/domain/schemas/settings';

/** A fresh copy of the seed document's records, for a test to change as it likes. */
export function seedData(): SeedData {
  const imported = importSeedDocument(seed, '2026-11-24T00:00:00.000Z');
  if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
  return imported.data;
}

export function seedStore(data: SeedData = seedData()): Store {
  return createMemoryStore(data, DEFAULT_SETTINGS);
}
