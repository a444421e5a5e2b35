import type { Assessment } from '../domain/schemas/assessment';
import type { Finding } from '../domain/schemas/finding';
import type { Measure } from '../domain/schemas/measure';
import type { Organisation, Unit } from '../domain/schemas/organisation';
import type { Settings } from '../domain/schemas/settings';

/**
 * Every read the screens make goes through this interface; adapters (browser storage, the
 * REST API) implement it and screens never learn which one they are talking to.
 */
export interface Store {
  getOrganisation(): Promise<Organisation>;
  listUnits(): Promise<Unit[]>;
  /** Assessments newest fiscal year first. */
  listAssessments(): Promise<Assessment[]>;
  getAssessment(fiscalYear: number): Promise<Assessment>;
  listFindings(assessmentId: string): Promise<Finding[]>;
  listMeasures(assessmentId: string): Promise<Measure[]>;
  getSettings(): Promise<Settings>;
}

export type StoreErrorKind = 'not-found';

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
