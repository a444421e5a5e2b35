import { unwrap } from 'idb';
import type { DataSet } from '../../../domain/schemas/dataSet';
import { StoreError } from '../../storeError';
import { STORES } from './schema';
import { asStoreError } from './storageErrors';
import { collectionsOf, putSingletons, type WriteTx } from './writeDataSet';

// Apart from writeDataSet, which opening the database needs for its first data: only a restore
// writes in batches, and it loads with the rest of the whole-data-set code, on first use.

// Each put copies its record on the page's thread; a batch stops after this long, so a slow or
// busy machine writes smaller batches rather than longer tasks.
const BATCH_MS = 30;

const NOTHING_CHANGED = 'จึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ ข้อมูลเดิมในเบราว์เซอร์ยังอยู่ครบ';

/**
 * A restore whose writing failed: the transaction is undone, so the person is told nothing was
 * changed, not that the database cannot be read (what the error would say of itself).
 */
export function restoreWriteFailed(error: unknown): StoreError {
  const cause = asStoreError(error);
  if (cause.detail.kind === 'storage' && cause.detail.reason === 'quota')
    return new StoreError(cause.detail, `พื้นที่เก็บข้อมูลของเบราว์เซอร์ไม่พอสำหรับข้อมูลในไฟล์นี้ ${NOTHING_CHANGED}`);
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return new StoreError(cause.detail, `เขียนข้อมูลจากไฟล์สำรองลงในเบราว์เซอร์ไม่สำเร็จ ${NOTHING_CHANGED}${detail ? ` (${detail})` : ''}`);
}

const succeeded = (request: IDBRequest) =>
  new Promise<boolean>((resolve) => {
    request.onsuccess = () => resolve(true);
    request.onerror = () => resolve(false);
  });

/**
 * writeDataSet for a data set of any size, in the same one transaction, without freezing the
 * page. A batch of puts is queued; once the middle of it has been written the next is queued,
 * from that request's success, while the database works on the rest: between the two the page
 * handles input and paints, the transaction stays alive (a request is always pending), and a
 * request that fails still aborts all of it. The raw requests carry no handler but the one
 * awaited, so 350,000 successes cost the page nothing.
 */
export async function writeDataSetInBatches(
  tx: WriteTx,
  data: DataSet,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
  /** The updates' and findings' files (evidenceFiles records, each with its owner), checked beforehand: batched like the rest, each 10 MB at most. */
  files: readonly unknown[] = [],
): Promise<void> {
  putSingletons(tx, data);
  const named = collectionsOf(tx, data);
  if (files.length > 0) named.push([STORES.evidenceFiles, files]);
  const collections = named.map(([name, records]) => ({ store: unwrap(tx.objectStore(name)), records }));
  const total = collections.reduce((sum, { records }) => sum + records.length, 0);
  let done = 0;
  // Where the next put comes from: which collection, and which of its records.
  let c = 0;
  let r = 0;
  onProgress?.(0, total);
  while (done < total) {
    if (signal?.aborted) {
      // Called back between two batches: undone whole, the data as it was.
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new DOMException('restore cancelled', 'AbortError');
    }
    const started = performance.now();
    const batch: IDBRequest[] = [];
    try {
      while (batch.length % 50 !== 0 || (batch.length === 0 ? c < collections.length : performance.now() - started < BATCH_MS)) {
        const collection = collections[c];
        if (!collection) break;
        if (r >= collection.records.length) {
          c += 1;
          r = 0;
          continue;
        }
        batch.push(collection.store.put(collection.records[r]));
        r += 1;
      }
    } catch (error) {
      // A put refused on the spot (a record that cannot be copied) must not leave the batches
      // before it to be committed: the restore is whole or nothing.
      tx.abort();
      // The abort is this error's doing and is reported as it; nobody else waits on the transaction.
      void tx.done.catch(() => undefined);
      throw restoreWriteFailed(error);
    }
    const middle = batch[Math.floor(batch.length / 2)];
    if (!middle) return;
    if (!(await succeeded(middle))) throw restoreWriteFailed(await tx.done.then(() => middle.error, (error: unknown) => error));
    done += batch.length;
    onProgress?.(done, total);
  }
}
