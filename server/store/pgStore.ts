import type { Pool } from 'pg';
import { EVIDENCE_LIMITS } from '../../src/domain/evidence/limits';
import type { Actor } from '../../src/domain/schemas/actor';
import type { Store } from '../../src/data/store';
import { pgDataSet } from './pgDataSet';
import { pgEvidenceReads } from './pgEvidence';
import { pgMeasures } from './pgMeasures';
import { pgOrganisation } from './pgOrganisation';
import { pgPlans } from './pgPlans';
import { pgProgress } from './pgProgress';

export interface PgStoreOptions {
  pool: Pool;
  /** Who is acting: on the server, the signed-in account, never what the request claims. */
  actor: () => Actor;
  now?: () => Date;
  /** The agency's space for evidence files, in bytes (ITA_EVIDENCE_QUOTA_MB on the server). */
  evidenceQuotaBytes?: number;
}

/**
 * The Store on PostgreSQL, for the server: the same rules as the browser store (they are the
 * domain's), every record parsed on read, every write that belongs together in one transaction,
 * and a measure's version checked in the statement that writes it.
 *
 * Each collection's reads and writes live in one module, so a call's path is this file, that
 * module, and the shared pgAccess (transactions) and pgRecords (parsed reads, quarantine).
 */
export function createPgStore({ pool, actor, now = () => new Date(), evidenceQuotaBytes = EVIDENCE_LIMITS.agencyQuotaBytes }: PgStoreOptions): Store {
  return {
    ...pgOrganisation(pool, actor),
    ...pgPlans(pool, actor, evidenceQuotaBytes),
    ...pgMeasures(pool, actor, now),
    ...pgProgress(pool, actor, now, evidenceQuotaBytes),
    ...pgEvidenceReads(pool, evidenceQuotaBytes),
    ...pgDataSet(pool, actor, evidenceQuotaBytes),
  };
}
