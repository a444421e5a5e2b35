import { planningOnlyRefusal } from '../../../domain/access';
import { auditEntry, measureChanges } from '../../../domain/audit';
import { newMeasure, type WriteContext } from '../../../domain/measureWrites';
import type { Actor } from '../../../domain/schemas/actor';
import { measureChangesSchema, measureInputSchema } from '../../../domain/schemas/measureInput';
import { archivingOfMeasure, editOfMeasure } from '../../measureEdits';
import type { Store } from '../../store';
import { parseInput } from '../../storeError';
import { loadTimeframeReader } from '../../timeframeReader';
import { refuse, type IdbAccess } from './idbAccess';
import { planOfNewMeasure, writeMeasure } from './measureTransactions';
import { STORES } from './schema';
import { guarded } from './storageErrors';

type MeasureWrites = Pick<Store, 'createMeasure' | 'updateMeasure' | 'setMeasureArchived'>;

/** A measure created, edited or archived, each with its audit entry in the transaction that writes it. */
export function measureWrites({ db, refuseUnknownUnits }: IdbAccess, actor: () => Actor, ctx: () => WriteContext): MeasureWrites {
  return {
    createMeasure: (input) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(measureInputSchema, input);
        await refuseUnknownUnits(valid.unitIds);
        const readTimeframe = await loadTimeframeReader();
        const tx = db.transaction([STORES.measures, STORES.assessments, STORES.audit], 'readwrite');
        const { fiscalYear, siblings } = await planOfNewMeasure(db, tx, valid.assessmentId);
        const context = { ...ctx(), fiscalYear, readTimeframe };
        const measure = newMeasure(valid, siblings, context);
        await tx.objectStore(STORES.measures).add(measure);
        await tx.objectStore(STORES.audit).add(auditEntry(measure.id, 'created', measureChanges(null, measure), actor(), context));
        await tx.done;
        return measure;
      }),
    updateMeasure: (id, expectedVersion, changes) =>
      guarded(async () => {
        const valid = parseInput(measureChangesSchema, changes);
        await refuseUnknownUnits(valid.unitIds);
        const context = valid.timeframe === undefined ? ctx() : { ...ctx(), readTimeframe: await loadTimeframeReader() };
        const { change, audit } = editOfMeasure(id, actor(), valid, context);
        return writeMeasure(db, id, expectedVersion, change, audit, valid.timeframe !== undefined);
      }),
    setMeasureArchived: (id, expectedVersion, archived) =>
      guarded(async () => {
        const who = actor();
        refuse(planningOnlyRefusal(who));
        const { change, audit } = archivingOfMeasure(id, who, archived, ctx());
        return writeMeasure(db, id, expectedVersion, change, audit);
      }),
  };
}
