import { createMockApiServer } from '../../mocks/node';
import { createHttpStore } from '../../src/data/adapters/http/httpStore';
import { describeEvidenceContract } from './evidenceContract';
import { describeFindingEvidenceContract } from './findingEvidenceContract';
import { describeStoreContract, type StoreFactory } from './storeContract';

// A test may make a second store; every server it started is closed after it.
const running: { close: () => void }[] = [];
afterEach(() => {
  running.splice(0).forEach((server) => server.close());
});

const mockedApi: StoreFactory = async (data, actor) => {
  const { server } = createMockApiServer(() => data);
  server.listen({ onUnhandledRequest: 'error' });
  running.push(server);
  return createHttpStore({ baseUrl: 'http://localhost/api/v1', actor });
};

describeStoreContract('REST API (MSW handlers)', mockedApi);
describeEvidenceContract('REST API (MSW handlers)', mockedApi);
describeFindingEvidenceContract('REST API (MSW handlers)', mockedApi);
