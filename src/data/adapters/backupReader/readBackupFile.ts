import { readBackup } from '../../../domain/backup';
import type { DataSet } from '../../../domain/schemas/dataSet';
import type { FromWorker, ReadOutcome, ToWorker } from './protocol';

export type { ReadOutcome } from './protocol';

/** A backup file read and checked: what it holds, and its data when the person confirms. */
export interface ReadBackupFile {
  outcome: ReadOutcome;
  /** The data set, once; ask only after an ok outcome. */
  data: () => Promise<DataSet>;
  /** Lets go of the file's data (another file chosen, the preview cancelled). */
  dispose: () => void;
}

/**
 * Reads a chosen backup file in a Web Worker, so a very large file never freezes the page, and
 * where there is no Worker (jsdom, an old browser) the same reader on the page itself.
 */
export function readBackupFile(file: Blob): Promise<ReadBackupFile> {
  return typeof Worker === 'undefined' ? readHere(file) : readInWorker(file);
}

async function readHere(file: Blob): Promise<ReadBackupFile> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { outcome: { ok: false, unreadable: true }, data: () => Promise.reject(new Error('unreadable')), dispose: () => undefined };
  }
  const read = readBackup(text);
  return read.ok
    ? { outcome: { ok: true, summary: read.summary }, data: () => Promise.resolve(read.file.data), dispose: () => undefined }
    : { outcome: { ok: false, unreadable: false, problem: read.problem }, data: () => Promise.reject(new Error(read.problem.message)), dispose: () => undefined };
}

const lost = () => new Error('อ่านไฟล์สำรองข้อมูลต่อไม่ได้ (หน่วยความจำของเบราว์เซอร์อาจไม่พอ) กรุณาลองเลือกไฟล์อีกครั้ง');

function readInWorker(file: Blob): Promise<ReadBackupFile> {
  const worker = new Worker(new URL('./readBackup.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker) => worker.postMessage(message);
  return new Promise((resolve) => {
    let assembled: DataSet | null = null;
    let receiving: { resolve: (data: DataSet) => void; reject: (error: Error) => void } | null = null;
    const dispose = () => worker.terminate();
    const data = () =>
      new Promise<DataSet>((resolveData, rejectData) => {
        receiving = { resolve: resolveData, reject: rejectData };
        send({ kind: 'next' });
      });
    // A worker that dies (out of memory, most likely) fails whatever was waiting on it.
    worker.onerror = () => {
      dispose();
      if (receiving) receiving.reject(lost());
      else resolve({ outcome: { ok: false, unreadable: true }, data, dispose });
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case 'read':
          if (!message.outcome.ok) dispose();
          resolve({ outcome: message.outcome, data, dispose });
          break;
        case 'head':
          assembled = message.data;
          send({ kind: 'next' });
          break;
        case 'slice': {
          const into: unknown[] | undefined = assembled?.[message.collection];
          if (into) for (const record of message.records) into.push(record);
          send({ kind: 'next' });
          break;
        }
        case 'end':
          if (assembled) receiving?.resolve(assembled);
          else receiving?.reject(lost());
          break;
      }
    };
    send({ kind: 'read', file });
  });
}
