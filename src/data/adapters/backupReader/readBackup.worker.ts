import { readBackup } from '../../../domain/backup';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { slicesOf, type FromWorker, type ToWorker } from './protocol';

/**
 * Reads, parses and checks a backup file away from the page, which a 240 MB file would freeze
 * for tens of seconds. The data stays here until the person confirms; then it goes to the page a
 * slice at a time, each copied into the page in a task short enough not to be felt.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ToWorker>) => void) | null; postMessage: (message: FromWorker) => void; close: () => void };
let held: DataSet | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'read') void read(message.file);
  else if (held) {
    for (const part of slicesOf(held)) scope.postMessage(part);
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
