import type { FieldChange } from './schemas/audit';
import { MEASURE_STATUSES, type MeasureStatus } from './schemas/measure';

// Reading the history back is for the screens only: kept apart from audit.ts, which every store
// loads to write entries, so the first screen does not carry the reader.

/** The fields an edit records as a list, and how each list was joined when stored. */
const LISTS = {
  unitIds: ', ',
  'links.indicators': ', ',
  'links.oItems': ', ',
  'links.findingIds': ', ',
  steps: ' / ',
  evidenceFiles: ' / ',
} as const;
export type AuditListField = keyof typeof LISTS;

/**
 * One stored change read back into its parts, for a screen to word in its reader's language
 * with names for ids. Entries are stored as text (and old ones stay in browsers and on servers),
 * so the formats this module writes are parsed here; what does not parse is shown as it was.
 */
export type AuditLine =
  | { kind: 'progress'; date: string; status: MeasureStatus | null; statusText: string; percent: number; note: string }
  | { kind: 'step'; number: number; done: boolean }
  | { kind: 'list'; field: AuditListField; added: string[]; removed: string[] }
  | { kind: 'text'; field: string; from: string; to: string }
  | { kind: 'hidden' };

const PROGRESS_TEXT = /^(\d{4}-\d{2}-\d{2}) · ([^·]+?) · (\d+(?:\.\d+)?)%(?: · ([\s\S]*))?$/;
const STEP_TICK = /^steps\.(\d+)\.done$/;

const isList = (field: string): field is AuditListField => Object.hasOwn(LISTS, field);
const isStatus = (value: string): value is MeasureStatus => (MEASURE_STATUSES as readonly string[]).includes(value);

export function readAuditChange(change: FieldChange): AuditLine {
  const { field, from, to } = change;
  // Archiving says itself in the entry's action; its field adds nothing.
  if (field === 'archived') return { kind: 'hidden' };
  const tick = STEP_TICK.exec(field);
  if (tick) return { kind: 'step', number: Number(tick[1]), done: to === 'true' };
  if (field === 'progress') {
    const progress = PROGRESS_TEXT.exec(to || from);
    if (progress) {
      const [, date = '', status = '', percent = '', note = ''] = progress;
      return { kind: 'progress', date, status: isStatus(status) ? status : null, statusText: status, percent: Number(percent), note };
    }
  }
  if (isList(field)) {
    const items = (text: string) => (text === '' ? [] : text.split(LISTS[field]));
    const before = items(from);
    const after = items(to);
    const added = after.filter((item) => !before.includes(item));
    const removed = before.filter((item) => !after.includes(item));
    // Reordered steps change no member: the text says what moved.
    if (added.length > 0 || removed.length > 0) return { kind: 'list', field, added, removed };
  }
  return { kind: 'text', field, from, to };
}
