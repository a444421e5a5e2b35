import { seedStore } from '../support/seed';
import { describeEvidenceContract } from './evidenceContract';
import { describeFindingEvidenceContract } from './findingEvidenceContract';
import { describeStoreContract } from './storeContract';

const browserStore = (...args: Parameters<typeof seedStore>) => seedStore(...args);

describeStoreContract('browser storage (IndexedDB)', browserStore);
describeEvidenceContract('browser storage (IndexedDB)', browserStore);
describeFindingEvidenceContract('browser storage (IndexedDB)', browserStore);
