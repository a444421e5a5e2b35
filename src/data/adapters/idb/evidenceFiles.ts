import type { IDBPDatabase } from 'idb';
import * as z from 'zod/mini';
import { evidenceFileSchema, type EvidenceFile } from '../../../domain/evidence/schema';
import type { Store } from '../../store';
import { notFound } from '../../storeError';
import { EVIDENCE_BY_SIZE, STORES } from './schema';
import { guarded, storageError } from './storageErrors';

/**
 * One file as the store `evidenceFiles` keeps it: its reference (a copy of the one its owner
 * carries), its bytes, and its one owner: an update (`updateId`) or a finding (`findingId`). An
 * ArrayBuffer, not a Blob: older Safari could not keep a Blob in IndexedDB, and an ArrayBuffer
 * behaves alike in every engine and in fake-indexeddb.
 */
export type KeptFileRecord = { id: string; file: EvidenceFile; bytes: ArrayBuffer } & FileOwner;
export type FileOwner = { updateId: string; findingId?: never } | { findingId: string; updateId?: never };

// By its tag, not instanceof: a buffer made in another realm (a worker's, jsdom's) is one too.
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';

// A record with both owners, or neither, is damaged: whose withdrawal or save would take it?
const keptFileSchema = z
  .object({
    id: z.string(),
    updateId: z.optional(z.string()),
    findingId: z.optional(z.string()),
    file: evidenceFileSchema,
    bytes: z.custom<ArrayBuffer>(isArrayBuffer),
  })
  .check(z.refine((record) => (record.updateId === undefined) !== (record.findingId === undefined), { error: 'ไฟล์หลักฐานต้องมีเจ้าของหนึ่งเดียว' }));

/** Reading the files back, and the space they take. */
export function evidenceReads(db: IDBPDatabase<unknown>): Pick<Store, 'readEvidence' | 'evidenceUrl' | 'evidenceUsage'> {
  return {
    readEvidence: (fileId) =>
      guarded(async () => {
        const raw: unknown = await db.get(STORES.evidenceFiles, fileId);
        if (raw === undefined) throw notFound(`ไม่พบไฟล์หลักฐานรหัส "${fileId}" อาจถูกถอนไปพร้อมรายงานความคืบหน้าหรือนำออกจากข้อบกพร่องแล้ว`);
        const parsed = keptFileSchema.safeParse(raw);
        if (!parsed.success || parsed.data.bytes.byteLength !== parsed.data.file.size) throw storageError('unreadable', `ไฟล์หลักฐานรหัส "${fileId}"`);
        const { file, bytes } = parsed.data;
        // The type table loads with the first file read, not with the store.
        const { EVIDENCE_TYPES } = await import('../../../domain/evidence/fileType');
        return { file, blob: new Blob([bytes], { type: EVIDENCE_TYPES[file.type].mime }) };
      }),
    // The page shows a kept file through an object URL of readEvidence's blob.
    evidenceUrl: () => null,
    evidenceUsage: () =>
      guarded(async () => {
        // The sizes are the index's keys: summed without reading a single file's bytes.
        const tx = db.transaction(STORES.evidenceFiles, 'readonly');
        let used = 0;
        for (let cursor = await tx.store.index(EVIDENCE_BY_SIZE).openKeyCursor(); cursor; cursor = await cursor.continue()) used += Number(cursor.key);
        await tx.done;
        // No limit: the browser's quota (navigator.storage.estimate) is the whole site's share of
        // the disk, moves with the free space, and is not reserved; Settings shows it already.
        return { used, limit: null };
      }),
  };
}
