import { byDocumentOrder } from '../../../domain/measureWrites';
import { measureSchema } from '../../../domain/schemas/measure';
import type { Store } from '../../store';
import { notFound } from '../../storeError';
import type { IdbAccess } from './idbAccess';
import { STORES } from './schema';
import { guarded } from './storageErrors';

type MeasureReads = Pick<Store, 'listMeasures' | 'getMeasure'>;

/** A plan's measures in the order of its document; archived ones only when asked for. */
export function measureReads({ readAll, readOne }: IdbAccess): MeasureReads {
  return {
    listMeasures: (assessmentId, options = {}) =>
      guarded(async () =>
        (await readAll(measureSchema, STORES.measures, { name: 'assessmentId', query: assessmentId }))
          .filter((m) => options.includeArchived || !m.archived)
          .sort(byDocumentOrder),
      ),
    getMeasure: (id) =>
      guarded(async () => {
        const measure = await readOne(measureSchema, STORES.measures, id);
        if (!measure) throw notFound(`ไม่พบมาตรการรหัส "${id}" อาจถูกลบหรือยังไม่ได้บันทึก`);
        return measure;
      }),
  };
}
