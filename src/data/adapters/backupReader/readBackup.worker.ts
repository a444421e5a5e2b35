import { readBackup } from '../../../domain/backup';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { slicesOf, type FromWorker, type ToWorker } from './protocol';

/**
 * Reads, parses and checks a backup file away from the page, which a 240 MB file would freeze
 * for tens of seconds. The data stays here until the person confirms; then it goes to the page a
 * slice at a time, each asked for once the page has taken the last, so the page is never handed
 * a queue of copies to take in one after another without a pause.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage: (message: FromWorker) => void; close: () => void };
let held: DataSet | null = null;
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
  let text: string;
  try {
    text = await file.text();
  } catch {
    scope.postMessage({ kind: 'read', outcome: { ok: false, unreadable: true } });
    return;
  }
  const read = readBackup(text);
  if (read.ok) {
    held = read.file.data;
    scope.postMessage({ kind: 'read', outcome: { ok: true, summary: read.summary } });
  } else scope.postMessage({ kind: 'read', outcome: { ok: false, unreadable: false, problem: read.problem } });
}
