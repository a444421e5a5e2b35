import { seedStore } from '../support/seed';
import { describeStoreContract } from './storeContract';

describeStoreContract('browser storage (IndexedDB)', (data, actor) => seedStore(data, actor));
