import { unitSchema } from '../../src/domain/schemas/organisation';
import { validationError } from '../../src/data/storeError';
import type { Queryable } from './pgAccess';
import { readAll } from './pgRecords';

/** A record may name only units the agency has, or its own backup would later be refused. */
export async function refuseUnknownUnits(q: Queryable, unitIds: string[] | undefined): Promise<void> {
  if (!unitIds?.length) return;
  const known = new Set((await readAll(q, unitSchema, 'units', 'SELECT id AS key, doc FROM units')).map((u) => u.id));
  const unknown = unitIds.filter((id) => !known.has(id));
  if (unknown.length) {
    throw validationError(unknown.map((id) => ({ path: 'unitIds', message: `ไม่รู้จักส่วนราชการรหัส "${id}"` })));
  }
}
