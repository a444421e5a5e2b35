import type { Pool } from 'pg';
import { planningOnlyRefusal } from '../../src/domain/access';
import type { Actor } from '../../src/domain/schemas/actor';
import { organisationSchema, unitSchema } from '../../src/domain/schemas/organisation';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/domain/schemas/settings';
import { compareThai } from '../../src/domain/textOrder';
import type { Store } from '../../src/data/store';
import { notFound, parseInput, refuse, StoreError, validationError } from '../../src/data/storeError';
import { inTransaction, type Queryable } from './pgAccess';
import { readAll, readOne } from './pgRecords';

async function settingsOf(q: Queryable, keep: Queryable = q) {
  try {
    return (await readOne(q, settingsSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'settings'", [], keep)) ?? DEFAULT_SETTINGS;
  } catch (error) {
    // An unreadable record is quarantined and reported; the defaults let every screen open.
    if (error instanceof StoreError) return DEFAULT_SETTINGS;
    throw error;
  }
}

/** A record may name only units the agency has, or its own backup would later be refused. */
export async function refuseUnknownUnits(q: Queryable, unitIds: string[] | undefined): Promise<void> {
  if (!unitIds?.length) return;
  const known = new Set((await readAll(q, unitSchema, 'units', 'SELECT id AS key, doc FROM units')).map((u) => u.id));
  const unknown = unitIds.filter((id) => !known.has(id));
  if (unknown.length) {
    throw validationError(unknown.map((id) => ({ path: 'unitIds', message: `ไม่รู้จักส่วนราชการรหัส "${id}"` })));
  }
}

/** The agency itself: its organisation, its units and its settings, each saved whole (last save wins). */
export function pgOrganisation(
  pool: Pool,
  actor: () => Actor,
): Pick<Store, 'getOrganisation' | 'listUnits' | 'getSettings' | 'saveOrganisation' | 'saveUnit' | 'updateSettings'> {
  return {
    getOrganisation: async () => {
      const organisation = await readOne(pool, organisationSchema, 'singletons', "SELECT key, doc FROM singletons WHERE key = 'organisation'", []);
      if (!organisation) throw notFound('ยังไม่มีข้อมูลหน่วยงาน');
      return organisation;
    },
    listUnits: async () => (await readAll(pool, unitSchema, 'units', 'SELECT id AS key, doc FROM units')).sort((a, b) => compareThai(a.name, b.name)),
    getSettings: () => settingsOf(pool),
    saveOrganisation: async (organisation) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(organisationSchema, organisation);
      await pool.query("INSERT INTO singletons (key, doc) VALUES ('organisation', $1) ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc", [JSON.stringify(valid)]);
      return valid;
    },
    saveUnit: async (unit) => {
      refuse(planningOnlyRefusal(actor()));
      const valid = parseInput(unitSchema, unit);
      await pool.query('INSERT INTO units (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc', [valid.id, JSON.stringify(valid)]);
      return valid;
    },
    updateSettings: async (changes) => {
      refuse(planningOnlyRefusal(actor()));
      return inTransaction(pool, async (client) => {
        // One settings change at a time, the row there or not yet.
        await client.query("SELECT pg_advisory_xact_lock(hashtext('ita:settings'))");
        const next = parseInput(settingsSchema, { ...(await settingsOf(client, pool)), ...changes });
        await client.query("INSERT INTO singletons (key, doc) VALUES ('settings', $1) ON CONFLICT (key) DO UPDATE SET doc = EXCLUDED.doc", [JSON.stringify(next)]);
        return next;
      });
    },
  };
}
