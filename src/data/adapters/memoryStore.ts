import type { SeedData } from '../../domain/seed';
import type { Settings } from '../../domain/schemas/settings';
import { StoreError, type Store } from '../store';

/**
 * A read-only store over data already parsed at its boundary. It hands out copies so that a
 * screen mutating what it got cannot change what the next screen reads.
 */
export function createMemoryStore(data: SeedData, settings: Settings): Store {
  const copy = <T>(value: T): Promise<T> => Promise.resolve(structuredClone(value));
  return {
    getOrganisation: () => copy(data.organisation),
    listUnits: () => copy(data.units),
    listAssessments: () => copy([...data.assessments].sort((a, b) => b.fiscalYear - a.fiscalYear)),
    getAssessment: (fiscalYear) => {
      const found = data.assessments.find((a) => a.fiscalYear === fiscalYear);
      if (!found) {
        return Promise.reject(
          new StoreError('not-found', `ไม่พบผลการประเมิน ITA ของปีงบประมาณ ${fiscalYear}`),
        );
      }
      return copy(found);
    },
    listFindings: (assessmentId) => copy(data.findings.filter((f) => f.assessmentId === assessmentId)),
    listMeasures: (assessmentId) =>
      copy(data.measures.filter((m) => m.assessmentId === assessmentId && !m.archived)),
    getSettings: () => copy(settings),
  };
}
