import { createPgStore } from '../../server/store/pgStore';
import { describeEvidenceContract } from '../contract/evidenceContract';
import { describeFindingEvidenceContract } from '../contract/findingEvidenceContract';
import { PLANNER, type StoreFactory } from '../contract/storeContract';
import { freshDatabase } from './database';

// The evidence cases straight against the PostgreSQL store, with no HTTP between: what the route
// never passes (a cancelled signal) and what the store itself must refuse, the same as the others.
let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.drop());

const direct: StoreFactory = async (data, actor) => {
  await createPgStore({ pool: db.pool, actor: () => PLANNER }).replaceData(data);
  return createPgStore({ pool: db.pool, actor });
};

describeEvidenceContract('PostgreSQL store, directly', direct);
describeFindingEvidenceContract('PostgreSQL store, directly', direct);
