import type { EvidenceUpload, Store } from '../../src/data/store';
import type { Finding } from '../../src/domain/schemas/finding';
import { fakeFiles } from './fakeEvidence';

export interface SaveFindingCall {
  finding: Finding;
  upload: EvidenceUpload | undefined;
}

/**
 * The browser store with a finding's files kept beside it (see `fakeFiles`): `finding.files` is
 * every file kept after the save, so a file left out of it is dropped.
 */
export function withFakeFindingFiles(store: Store) {
  const files = fakeFiles<Parameters<Store['saveFinding']>, SaveFindingCall>(store);
  const save = store.saveFinding.bind(store);
  const list = store.listFindings.bind(store);
  store.saveFinding = (...args) => {
    const [finding, upload] = args;
    const { files: chosen, ...plain } = finding;
    return files.route({ finding, upload }, args, async () => files.keep(await save(plain), chosen, upload));
  };
  store.listFindings = async (assessmentId) => (await list(assessmentId)).map((f) => files.withFiles(f));
  return files.fake;
}
