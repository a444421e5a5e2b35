import type { Actor } from './schemas/actor';
import type { AuditAction, AuditEntry, FieldChange } from './schemas/audit';
import { MEASURE_STATUSES, type Measure, type MeasureStatus, type ProgressUpdate } from './schemas/measure';
import type { WriteContext } from './measureWrites';
import { describeTimeframeThai } from './timeframeFormat';

const list = (values: readonly (string | number)[]) => values.join(', ');

/** The text with its reading, so a re-read that moved the period shows in the history though the text stayed. */
function timeframeWords(m: Measure): string {
  const described = describeTimeframeThai(m.timeframe);
  return described ? `${m.timeframe.raw} (${described.period})` : m.timeframe.raw;
}

/** What an edit changed, field by field, in words that survive the measure changing again. */
export function measureChanges(before: Measure | null, after: Measure): FieldChange[] {
  const fields: [string, (m: Measure) => string][] = [
    ['title', (m) => m.title],
    ['description', (m) => m.description],
    ['timeframe', timeframeWords],
    ['followUp', (m) => m.followUp],
    ['unitIds', (m) => list(m.unitIds)],
    ['steps', (m) => m.steps.map((s) => s.text).join(' / ')],
    ['links.indicators', (m) => list(m.links.indicators)],
    ['links.oItems', (m) => list(m.links.oItems)],
    ['links.findingIds', (m) => list(m.links.findingIds)],
  ];
  const changes: FieldChange[] = fields.flatMap(([field, read]) => {
    const from = before ? read(before) : '';
    const to = read(after);
    return from === to ? [] : [{ field, from, to }];
  });
  // Ticks are named by step, so the log says which step was done, not a list of booleans.
  after.steps.forEach((step, i) => {
    const was = before?.steps.find((s) => s.id === step.id)?.done ?? false;
    if (before && was !== step.done) changes.push({ field: `steps.${i + 1}.done`, from: String(was), to: String(step.done) });
  });
  return changes;
}

export function progressChanges(update: ProgressUpdate, withdrawn: boolean): FieldChange[] {
  const text = `${update.date} · ${update.status} · ${update.percent}%${update.note ? ` · ${update.note}` : ''}`;
  return [{ field: 'progress', from: withdrawn ? text : '', to: withdrawn ? '' : text }];
}

export function auditEntry(measureId: string, action: AuditAction, changes: FieldChange[], actor: Actor, ctx: WriteContext): AuditEntry {
  return {
    id: ctx.newId(),
    measureId,
    at: ctx.now,
    actorName: actor.name,
    actorRole: actor.role,
    actorUnitId: actor.unitId,
    action,
    changes,
  };
}

/** The fields an edit records as a list, and how each list was joined when stored. */
const LISTS = {
  unitIds: ', ',
  'links.indicators': ', ',
  'links.oItems': ', ',
  'links.findingIds': ', ',
  steps: ' / ',
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
