import type * as z from 'zod/mini';
import type { Actor } from '../../../domain/schemas/actor';
import { planningOnlyRefusal } from '../../../domain/access';
import { assessmentSchema } from '../../../domain/schemas/assessment';
import { findingSchema } from '../../../domain/schemas/finding';
import { frameworkSchema } from '../../../domain/schemas/framework';
import { frameworkOrphans } from '../../../domain/frameworkFit';
import { measureSchema } from '../../../domain/schemas/measure';
import { organisationSchema, unitSchema } from '../../../domain/schemas/organisation';
import type { Store } from '../../store';
import { parseInput, validationError } from '../../storeError';
import type { IdbAccess } from './idbAccess';
import { refuse } from './idbAccess';
import { STORES } from './schema';
import { guarded } from './storageErrors';
import { SINGLETON_KEYS } from './writeDataSet';

// An unreadable record is the reads' business (they quarantine and report it); here it simply
// cannot pin the framework.
function parsedOrNone<T>(schema: z.ZodMiniType<T>, value: unknown): T[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
}

type AgencyWrites = Pick<Store, 'saveOrganisation' | 'saveUnit' | 'saveFramework' | 'saveAssessment'>;

/** The planning officer's writes of the agency's own records; whole records, last save wins. */
export function agencyWrites({ db }: IdbAccess, actor: () => Actor): AgencyWrites {
  return {
    saveOrganisation: (organisation) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(organisationSchema, organisation);
        await db.put(STORES.singletons, valid, SINGLETON_KEYS.organisation);
        return valid;
      }),
    saveUnit: (unit) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(unitSchema, unit);
        await db.put(STORES.units, valid);
        return valid;
      }),
    saveFramework: (framework) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(frameworkSchema, framework);
        // Loaded on a framework's save, before its transaction opens: the rules and their Thai
        // are the editor's business, and would otherwise ride on every first visit.
        const { frameworkFieldErrors, frameworkProblems } = await import('../../../domain/frameworkRules');
        const problems = frameworkProblems(valid);
        if (problems.length > 0) throw validationError(frameworkFieldErrors(problems));
        // The year's own records, read and the framework written in one transaction, so a score
        // saved meanwhile cannot slip past the check.
        const tx = db.transaction([STORES.frameworks, STORES.assessments, STORES.findings, STORES.measures], 'readwrite');
        const assessment = parsedOrNone(assessmentSchema, await tx.objectStore(STORES.assessments).index('fiscalYear').get(valid.fiscalYear))[0];
        const [findings, measures] = assessment
          ? await Promise.all([
              tx.objectStore(STORES.findings).index('assessmentId').getAll(assessment.id),
              tx.objectStore(STORES.measures).index('assessmentId').getAll(assessment.id),
            ])
          : [[], []];
        const orphans = frameworkOrphans(valid, {
          assessment,
          findings: findings.flatMap((f) => parsedOrNone(findingSchema, f)),
          measures: measures.flatMap((m) => parsedOrNone(measureSchema, m)),
        });
        if (orphans.length > 0) throw validationError(frameworkFieldErrors(orphans));
        await tx.objectStore(STORES.frameworks).put(valid);
        await tx.done;
        return valid;
      }),
    saveAssessment: (assessment) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        const valid = parseInput(assessmentSchema, assessment);
        const tx = db.transaction(STORES.assessments, 'readwrite');
        const sameYear = await tx.store.index('fiscalYear').getAllKeys(valid.fiscalYear);
        if (sameYear.some((key) => key !== valid.id)) {
          throw validationError([{ path: 'fiscalYear', message: `มีผลการประเมินของปีงบประมาณ ${valid.fiscalYear} อยู่แล้ว` }]);
        }
        await tx.store.put(valid);
        await tx.done;
        return valid;
      }),

  };
}
