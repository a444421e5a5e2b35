import { createHttpStore } from '../../src/data/adapters/http/httpStore';
import { createPgStore } from '../../server/store/pgStore';
import { describeStoreContract, PLANNER } from '../contract/storeContract';
import { startTestServer } from './testServer';

// The same cases as the browser store and the mocked API, through HTTP to the Node server on a
// real PostgreSQL, each person signed in with an account of their own: the server acts for the
// session, whatever the request's headers say.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describeStoreContract('Node server on PostgreSQL, signed in', async (data, actor) => {
  await server.db.pool.query('TRUNCATE quarantine');
  await createPgStore({ pool: server.db.pool, actor: () => PLANNER }).replaceData(data);
  return createHttpStore({ baseUrl: `${server.base}/api/v1`, actor, fetch: server.fetchAs(actor) });
});
