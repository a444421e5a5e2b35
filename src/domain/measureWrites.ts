import type { Actor } from './schemas/actor';
import { followUpYear } from './followUpYear';
import { TIMEFRAME_NOTES_MAX, type Measure, type MethodStep, type ProgressUpdate, type Timeframe } from './schemas/measure';
import { TEXT_MAX } from './schemas/common';
import type { MeasureChanges, MeasureInput, ProgressInput, StepInput } from './schemas/measureInput';
import type { ParsedTimeframe, TimeframeContext } from './timeframe';
import { compareAscii } from './textOrder';

/** What a write needs from the outside world, passed in so the rules stay pure and testable. */
export interface WriteContext {
  now: string;
  newId: () => string;
  /**
   * The plan's fiscal year (planYear), which a timeframe naming no year is read against. The store
   * reads it in the writing transaction; it is set only on writes that parse a timeframe.
   */
  fiscalYear?: number;
  /**
   * The timeframe parser, on writes that read a timeframe. Stores pass it in rather than this
   * module importing it, so the browser fetches the parser only when a measure is written.
   */
  readTimeframe?: TimeframeReader;
}

export type TimeframeReader = (raw: string, context: TimeframeContext) => ParsedTimeframe;

/**
 * The fiscal year a measure's year-less timeframe is read against: the year its plan runs in,
 * decided by the other measures of the assessment as the progress charts decide it (followUpYear,
 * which also leaves out readings that took their year from this vote), so the form's preview, the
 * store and the charts agree. The measure being edited is left out, so its own old reading does
 * not vote on its new one.
 */
export function planYear(assessmentYear: number, measures: readonly Pick<Measure, 'id' | 'timeframe' | 'archived'>[], editing?: string): number {
  return followUpYear(assessmentYear, measures.filter((m) => m.id !== editing));
}

function stepsFrom(steps: StepInput[], ctx: WriteContext): MethodStep[] {
  return steps.map((s) => ({ id: s.id ?? ctx.newId(), text: s.text, done: s.done }));
}

/** The stored reading of a typed timeframe, read against the plan's year when the write knows it. */
function timeframeFrom(raw: string, ctx: WriteContext): Timeframe {
  if (!ctx.readTimeframe) throw new Error('A timeframe was written without the parser: load it before the write.');
  return storedTimeframe(ctx.readTimeframe(raw, planOf(ctx)));
}

/**
 * The parser's remarks worth keeping: 'document-year' is left out, as readAsFiscalYear already says
 * it. Cut to what the schema holds, so a long remark never makes a write fail.
 */
export function keptNotes(parsed: ParsedTimeframe): string[] {
  return parsed.notes
    .filter((n) => n.code !== 'document-year')
    .slice(0, TIMEFRAME_NOTES_MAX)
    .map((n) => n.message.slice(0, TEXT_MAX.step));
}

/** What is kept of a reading: the days, the year used and the remarks only when there are any, so older records and new ones look alike. */
export function storedTimeframe(parsed: ParsedTimeframe): Timeframe {
  const notes = parsed.end === null ? [] : keptNotes(parsed);
  return {
    raw: parsed.raw,
    // A start without an end is no reading; the schema refuses it, so it is never stored.
    start: parsed.end === null ? null : parsed.start,
    end: parsed.end,
    ...(parsed.startDay !== null && parsed.start !== null ? { startDay: parsed.startDay } : {}),
    ...(parsed.endDay !== null && parsed.end !== null ? { endDay: parsed.endDay } : {}),
    ...(parsed.readAsFiscalYear !== null && parsed.end !== null ? { readAsFiscalYear: parsed.readAsFiscalYear } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

const planOf = (ctx: WriteContext): TimeframeContext => (ctx.fiscalYear === undefined ? {} : { fiscalYear: ctx.fiscalYear });

/** A new measure goes last among its assessment's measures of the same kind. */
export function newMeasure(input: MeasureInput, siblings: Measure[], ctx: WriteContext): Measure {
  const sameKind = siblings.filter((m) => m.assessmentId === input.assessmentId && m.kind === input.kind);
  return {
    id: ctx.newId(),
    assessmentId: input.assessmentId,
    kind: input.kind,
    order: Math.max(0, ...sameKind.map((m) => m.order)) + 1,
    title: input.title,
    description: input.description,
    steps: stepsFrom(input.steps, ctx),
    unitIds: input.unitIds,
    timeframe: timeframeFrom(input.timeframe, ctx),
    followUp: input.followUp,
    links: input.links,
    ...(input.carriedFrom ? { carriedFrom: input.carriedFrom } : {}),
    archived: false,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export function changedMeasure(current: Measure, changes: MeasureChanges, ctx: WriteContext): Measure {
  const { steps, timeframe, ...plain } = changes;
  return {
    ...current,
    ...Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined)),
    ...(steps ? { steps: stepsFrom(steps, ctx) } : {}),
    ...(timeframe !== undefined ? { timeframe: timeframeFrom(timeframe, ctx) } : {}),
    version: current.version + 1,
    updatedAt: ctx.now,
  };
}

export function archivedMeasure(current: Measure, archived: boolean, ctx: WriteContext): Measure {
  return { ...current, archived, version: current.version + 1, updatedAt: ctx.now };
}

/** The update is credited to the reporting department head's unit, or the measure's first unit. */
export function newProgress(measure: Measure, input: ProgressInput, actor: Actor, ctx: WriteContext): ProgressUpdate {
  const unitId = actor.unitId !== null && measure.unitIds.includes(actor.unitId) ? actor.unitId : (measure.unitIds[0] ?? null);
  return {
    id: ctx.newId(),
    measureId: measure.id,
    ...input,
    authorName: actor.name,
    unitId,
    createdAt: ctx.now,
  };
}

const KIND_ORDER = { plan: 0, finding: 1, driving: 2 } as const;

/** The order the seed's document lists measures in: the plan, the findings' improvements, then driving ones. */
export function byDocumentOrder(a: Measure, b: Measure): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.order - b.order;
}

/** Newest first: by the date the work was done, then by when it was recorded. */
export function byNewest(a: ProgressUpdate, b: ProgressUpdate): number {
  return compareAscii(b.date, a.date) || compareAscii(b.createdAt, a.createdAt);
}
