import { byFindingOrder } from '../../../domain/findingWrites';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import { compareThai } from '../../../domain/textOrder';
import type { Store } from '../../store';
import { notFound } from '../../storeError';
import type { IdbAccess } from './idbAccess';
import { STORES } from './schema';
import { guarded } from './storageErrors';
import { SINGLETON_KEYS } from './writeDataSet';

type AgencyReads = Pick<Store, 'getOrganisation' | 'listUnits' | 'listFrameworks' | 'listAssessments' | 'getAssessment' | 'listFindings'>;

/** The agency's own records as every screen reads them, each list in the order it is shown. */
export function agencyReads({ readAll, readOne }: IdbAccess): AgencyReads {
  return {
    getOrganisation: () =>
      guarded(async () => {
        const organisation = await readOne(organisationSchema, STORES.singletons, SINGLETON_KEYS.organisation);
        if (!organisation) throw notFound('ยังไม่มีข้อมูลหน่วยงาน');
        return organisation;
      }),
    listUnits: () =>
      guarded(async () => (await readAll(unitSchema, STORES.units)).sort((a, b) => compareThai(a.name, b.name))),
    listFrameworks: () =>
      guarded(async () => (await readAll(frameworkSchema, STORES.frameworks)).sort((a, b) => a.fiscalYear - b.fiscalYear)),
    listAssessments: () =>
      guarded(async () => (await readAll(assessmentSchema, STORES.assessments)).sort((a, b) => b.fiscalYear - a.fiscalYear)),
    getAssessment: (fiscalYear) =>
      guarded(async () => {
        const [found] = await readAll(assessmentSchema, STORES.assessments, { name: 'fiscalYear', query: fiscalYear });
        if (!found) throw notFound(`ไม่พบผลการประเมิน ITA ของปีงบประมาณ ${fiscalYear}`);
        return found;
      }),
    listFindings: (assessmentId) =>
      guarded(async () =>
        (await readAll(findingSchema, STORES.findings, { name: 'assessmentId', query: assessmentId })).sort(byFindingOrder),
      ),
  };
}
