import type { Actor } from './schemas/actor';
import type { AuditAction, AuditEntry, FieldChange } from './schemas/audit';
import type { Measure, ProgressUpdate } from './schemas/measure';
import type { WriteContext } from './measureWrites';
import { timeframePeriod, wordPeriodThai } from './timeframeFormat';

const list = (values: readonly (string | number)[]) => values.join(', ');

/** The text with its reading, so a re-read that moved the period shows in the history though the text stayed. */
function timeframeWords(m: Measure): string {
  const period = timeframePeriod(m.timeframe);
  return period ? `${m.timeframe.raw} (${wordPeriodThai(period)})` : m.timeframe.raw;
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
  const change = (field: string, value: string): FieldChange => ({ field, from: withdrawn ? value : '', to: withdrawn ? '' : value });
  // The files by name, so the trail says what proof came and went with the report; a name never holds a slash.
  const files = update.files?.map((file) => file.name).join(' / ') ?? '';
  return files ? [change('progress', text), change('evidenceFiles', files)] : [change('progress', text)];
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
