import { createHttpStore } from '../../src/data/adapters/http/httpStore';
import { createPgStore } from '../../server/store/pgStore';
import { describeEvidenceContract } from '../contract/evidenceContract';
import { describeFindingEvidenceContract } from '../contract/findingEvidenceContract';
import { describeStoreContract, PLANNER, type StoreFactory } from '../contract/storeContract';
import { xhrOver } from './fetchXhr';
import { startTestServer } from './testServer';

// The same cases as the browser store and the mocked API, through HTTP to the Node server on a
// real PostgreSQL, each person signed in with an account of their own: the server acts for the
// session, whatever the request's headers say.
let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const signedIn: StoreFactory = async (data, actor) => {
  await server.db.pool.query('TRUNCATE quarantine');
  await createPgStore({ pool: server.db.pool, actor: () => PLANNER }).replaceData(data);
  const fetch = server.fetchAs(actor);
  // Uploads go by XMLHttpRequest in the browser; here over the same signed-in fetch.
  return createHttpStore({ baseUrl: `${server.base}/api/v1`, actor, fetch, XMLHttpRequest: xhrOver(fetch) });
};

describeStoreContract('Node server on PostgreSQL, signed in', signedIn);
describeEvidenceContract('Node server on PostgreSQL, signed in', signedIn);
describeFindingEvidenceContract('Node server on PostgreSQL, signed in', signedIn);
