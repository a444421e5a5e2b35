import type { BackupContents, FromWorker, ReadOutcome, ToWorker } from './protocol';
import { readContents, type Checking } from './readContents';

export type { BackupContents, FileFault, ReadOutcome, ZipRefusal } from './protocol';
export { MAX_BACKUP_BYTES } from './readContents';

/**
 * A backup file being read and checked. Handed back at once, before the reading ends, so the
 * caller can stop a reading it no longer wants (another file chosen, the screen left).
 */
export interface BackupReading {
  /** What the file holds, or why it cannot be restored; 'unreadable' once disposed. */
  outcome: Promise<ReadOutcome>;
  /** The data set and its files, once; ask only after an ok outcome. Fails at once when the reader is gone. */
  data: () => Promise<BackupContents>;
  /** Stops the reading, or lets go of the file's data; whatever still waits on it fails. */
  dispose: () => void;
}

/**
 * Reads a chosen backup file in a Web Worker, so a very large file never freezes the page, and
 * where there is no Worker (jsdom, an old browser) or the page may not start one (a content
 * security policy, a sandbox) the same reader on the page itself.
 */
export function readBackupFile(file: Blob, onChecking?: Checking): BackupReading {
  if (typeof Worker !== 'undefined') {
    try {
      return readInWorker(file, onChecking);
    } catch {
      // Refused on the spot: slower on the page, but the person still gets their backup back.
    }
  }
  return readHere(file, onChecking);
}

function readHere(file: Blob, onChecking?: Checking): BackupReading {
  const read = readContents(file, onChecking);
  return {
    outcome: read.then((r) => r.outcome),
    data: async () => {
      const { contents } = await read;
      if (!contents) throw lost();
      return contents;
    },
    dispose: () => undefined,
  };
}

const lost = () => new Error('อ่านไฟล์สำรองข้อมูลต่อไม่ได้ (หน่วยความจำของเบราว์เซอร์อาจไม่พอ) กรุณาลองเลือกไฟล์อีกครั้ง');

function readInWorker(file: Blob, onChecking?: Checking): BackupReading {
  const worker = new Worker(new URL('./readBackup.worker.ts', import.meta.url), { type: 'module' });
  const send = (message: ToWorker) => worker.postMessage(message);
  let settle: (outcome: ReadOutcome) => void = () => undefined;
  const outcome = new Promise<ReadOutcome>((resolve) => (settle = resolve));
  let assembled: BackupContents | null = null;
  let receiving: { resolve: (contents: BackupContents) => void; reject: (error: Error) => void } | null = null;
  // A worker ended (crashed, disposed, or done and closed) answers nothing: asking it would wait forever.
  let dead = false;
  const dispose = () => {
    if (dead) return;
    dead = true;
    worker.terminate();
    settle({ ok: false, unreadable: true });
    receiving?.reject(lost());
    receiving = null;
    assembled = null;
  };
  const data = () =>
    dead
      ? Promise.reject(lost())
      : new Promise<BackupContents>((resolve, reject) => {
          receiving = { resolve, reject };
          send({ kind: 'next' });
        });
  // A worker that dies (out of memory, most likely) fails whatever was waiting on it.
  worker.onerror = dispose;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    switch (message.kind) {
      case 'read':
        settle(message.outcome);
        if (!message.outcome.ok) dispose();
        break;
      case 'checking':
        if (!dead) onChecking?.(message.done, message.total);
        break;
      case 'head':
        assembled = { data: message.data, files: new Map(message.files) };
        send({ kind: 'next' });
        break;
      case 'slice': {
        const into: unknown[] | undefined = assembled?.data[message.collection];
        if (into) for (const record of message.records) into.push(record);
        send({ kind: 'next' });
        break;
      }
      case 'end': {
        const whole = assembled;
        const waiting = receiving;
        // The worker has closed itself: nothing more to ask of it.
        receiving = null;
        assembled = null;
        dead = true;
        if (whole) waiting?.resolve(whole);
        else waiting?.reject(lost());
        break;
      }
    }
  };
  send({ kind: 'read', file });
  return { outcome, data, dispose };
}
