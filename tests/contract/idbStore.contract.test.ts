import { seedStore } from '../support/seed';
import { describeEvidenceContract } from './evidenceContract';
import { describeStoreContract } from './storeContract';

const browserStore = (...args: Parameters<typeof seedStore>) => seedStore(...args);

describeStoreContract('browser storage (IndexedDB)', browserStore);
describeEvidenceContract('browser storage (IndexedDB)', browserStore);
