import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import { auditEntry, measureChanges } from '../../src/domain/audit';
import { byDocumentOrder, newMeasure, planYear, type WriteContext } from '../../src/domain/measureWrites';
import type { Actor } from '../../src/domain/schemas/actor';
import { auditEntrySchema } from '../../src/domain/schemas/audit';
import { measureSchema } from '../../src/domain/schemas/measure';
import { measureChangesSchema, measureInputSchema } from '../../src/domain/schemas/measureInput';
import { parseTimeframe } from '../../src/domain/timeframe';
import { newId } from '../../src/data/ids';
import { archivingOfMeasure, editOfMeasure, type MeasureEdit } from '../../src/data/measureEdits';
import { stamp } from '../../src/data/stamp';
import type { Store } from '../../src/data/store';
import { conflict, notFound, parseInput, refuse } from '../../src/data/storeError';
import { inTransaction } from './pgAccess';
import { addAudit, measureForUpdate, measureOrThrow, planYearIn, siblingsOf, writeMeasureRow } from './pgMeasureRows';
import { refuseUnknownUnits } from './pgOrganisation';
import { readAll } from './pgRecords';

type Measures = Pick<Store, 'listMeasures' | 'getMeasure' | 'listAudit' | 'createMeasure' | 'updateMeasure' | 'setMeasureArchived'>;

/** The measures and their history: a measure's version is checked in the statement that writes it. */
export function pgMeasures(pool: Pool, actor: () => Actor, now: () => Date): Measures {
  const ctx = (): WriteContext => ({ now: stamp(now()), newId });

  /**
   * Writes a changed measure only if it is still at `expectedVersion`, with its audit entry. With
   * `readsPlan`, for a change that reads a timeframe, the plan's fiscal year is read in the same
   * transaction and passed to `change`.
   */
  const writeMeasure = (
    id: string,
    expectedVersion: number,
    change: MeasureEdit['change'],
    audit: MeasureEdit['audit'],
    readsPlan = false,
  ) =>
    inTransaction(pool, async (client) => {
      const current = await measureForUpdate(client, id, pool);
      if (current.version !== expectedVersion) throw conflict(current);
      const fiscalYear = readsPlan ? await planYearIn(client, current.assessmentId, current.id) : undefined;
      const next = change(current, fiscalYear === undefined ? {} : { fiscalYear });
      const { rowCount } = await client.query('UPDATE measures SET version = $1, doc = $2, assessment_id = $3 WHERE id = $4 AND version = $5', [
        next.version,
        JSON.stringify(next),
        next.assessmentId,
        id,
        expectedVersion,
      ]);
      if (rowCount !== 1) throw conflict(await measureOrThrow(client, id, pool));
      await addAudit(client, audit(current, next));
      return next;
    });

  return {
    listMeasures: async (assessmentId, options = {}) =>
      (await readAll(pool, measureSchema, 'measures', 'SELECT id AS key, doc FROM measures WHERE assessment_id = $1', [assessmentId]))
        .filter((m) => options.includeArchived || !m.archived)
        .sort(byDocumentOrder),
    getMeasure: (id) => measureOrThrow(pool, id),
    listAudit: async (measureId) =>
      (await readAll(pool, auditEntrySchema, 'audit', 'SELECT id AS key, doc FROM measure_audit WHERE measure_id = $1', [measureId])).sort((a, b) =>
        b.at.localeCompare(a.at),
      ),
    createMeasure: async (input) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(measureInputSchema, input);
      await refuseUnknownUnits(pool, valid.unitIds);
      return inTransaction(pool, async (client) => {
        // The assessment's row is locked so two new measures of one year never take the same place.
        const { rows: found } = await client.query<{ fiscal_year: number }>('SELECT fiscal_year FROM assessments WHERE id = $1 FOR UPDATE', [valid.assessmentId]);
        const [assessment] = found;
        if (!assessment) throw notFound(`ไม่พบผลการประเมินรหัส "${valid.assessmentId}" ที่มาตรการนี้จะสังกัด`);
        const siblings = await siblingsOf(client, valid.assessmentId);
        const context = { ...ctx(), fiscalYear: planYear(assessment.fiscal_year, siblings), readTimeframe: parseTimeframe };
        const measure = newMeasure(valid, siblings, context);
        await writeMeasureRow(client, measure);
        await addAudit(client, auditEntry(measure.id, 'created', measureChanges(null, measure), actor(), context));
        return measure;
      });
    },
    updateMeasure: async (id, expectedVersion, changes) => {
      const valid = parseInput(measureChangesSchema, changes);
      await refuseUnknownUnits(pool, valid.unitIds);
      const context = valid.timeframe === undefined ? ctx() : { ...ctx(), readTimeframe: parseTimeframe };
      const { change, audit } = editOfMeasure(id, actor(), valid, context);
      return writeMeasure(id, expectedVersion, change, audit, valid.timeframe !== undefined);
    },
    setMeasureArchived: async (id, expectedVersion, archived) => {
      const who = actor();
      refuse(planningOnlyRefusal(who));
      const { change, audit } = archivingOfMeasure(id, who, archived, ctx());
      return writeMeasure(id, expectedVersion, change, audit);
    },
  };
}
