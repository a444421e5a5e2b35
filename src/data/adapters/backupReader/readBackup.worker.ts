import { slicesOf, type BackupContents, type FromWorker, type ToWorker } from './protocol';
import { readContents } from './readContents';

/**
 * Reads, parses and checks a backup file away from the page, which a 240 MB file would freeze
 * for tens of seconds, and hashes each file a zip carries. The data stays here until the person confirms; then it goes to the page a
 * slice at a time, each asked for once the page has taken the last, so the page is never handed
 * a queue of copies to take in one after another without a pause.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage: (message: FromWorker) => void; close: () => void };
let held: BackupContents | null = null;
let parts: Generator<FromWorker> | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'read') return void read(message.file);
  if (!held) return;
  parts ??= slicesOf(held);
  const next = parts.next();
  if (next.done) return;
  scope.postMessage(next.value);
  if (next.value.kind === 'end') {
    held = null;
    // Ended from here, not by the page: tearing down a heap this size would hold the page up.
    scope.close();
  }
};

async function read(file: Blob): Promise<void> {
  let told = -1;
  const { outcome, contents } = await readContents(file, (done, total) => {
    const hundredth = Math.floor((done / total) * 100);
    if (hundredth === told) return;
    told = hundredth;
    scope.postMessage({ kind: 'checking', done, total });
  });
  held = contents ?? null;
  scope.postMessage({ kind: 'read', outcome });
}
