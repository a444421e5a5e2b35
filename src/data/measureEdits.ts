import { measureChangesRefusal } from '../domain/access';
import { auditEntry, measureChanges } from '../domain/audit';
import { archivedMeasure, changedMeasure, type WriteContext } from '../domain/measureWrites';
import type { Actor } from '../domain/schemas/actor';
import type { AuditEntry } from '../domain/schemas/audit';
import type { Measure } from '../domain/schemas/measure';
import type { MeasureChanges } from '../domain/schemas/measureInput';
import { refuse } from './storeError';

/** What a store reads of the measure's plan in the writing transaction, for the change to use. */
export interface PlanOfWrite {
  /** The plan's fiscal year (planYear), which a year-less timeframe is read against. */
  fiscalYear?: number;
}

/**
 * What a write to a stored measure does to it, and what its audit entry says: every store applies
 * it to the version it reads in its own transaction, after checking that version, passing what it
 * read there of the plan.
 */
export interface MeasureEdit {
  change: (current: Measure, plan?: PlanOfWrite) => Measure;
  audit: (before: Measure, after: Measure) => AuditEntry;
}

/** An edit of what the measure says or of its ticks, refused when `who` may not make it. */
export function editOfMeasure(id: string, who: Actor, changes: MeasureChanges, context: WriteContext): MeasureEdit {
  return {
    change: (current, plan) => {
      refuse(measureChangesRefusal(who, current, changes));
      return changedMeasure(current, changes, plan?.fiscalYear === undefined ? context : { ...context, fiscalYear: plan.fiscalYear });
    },
    audit: (before, after) => auditEntry(id, 'edited', measureChanges(before, after), who, context),
  };
}

/** Archiving or restoring; who may do it is checked before, as it depends on no measure. */
export function archivingOfMeasure(id: string, who: Actor, archived: boolean, context: WriteContext): MeasureEdit {
  return {
    change: (current) => archivedMeasure(current, archived, context),
    audit: () => auditEntry(id, archived ? 'archived' : 'restored', [{ field: 'archived', from: String(!archived), to: String(archived) }], who, context),
  };
}
