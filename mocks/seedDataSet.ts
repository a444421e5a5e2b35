import seed from './fixtures/phok-noi-2565.json';
import { builtInFrameworks } from '../src/domain/frameworks/registry';
import { importSeedDocument, type ImportIssue } from '../src/domain/seed';
import type { DataSet } from '../src/domain/schemas/dataSet';
import { DEFAULT_SETTINGS } from '../src/domain/schemas/settings';

/**
 * The seed document as a whole data set: what browser storage and the mocked API start with on
 * the very first run, and what "reset to the seed data" goes back to. Parsed at this boundary
 * like any file a user would import.
 */
export function seedDataSet(now: Date = new Date()): { ok: true; data: DataSet } | { ok: false; issues: ImportIssue[] } {
  const imported = importSeedDocument(seed, now.toISOString());
  if (!imported.ok) return { ok: false, issues: imported.issues };
  // A copy throughout: the frameworks and default settings are shared constants, and whoever
  // receives a data set may change it.
  const data: DataSet = { ...imported.data, frameworks: builtInFrameworks(), progressUpdates: [], settings: DEFAULT_SETTINGS, audit: [] };
  return { ok: true, data: structuredClone(data) };
}
