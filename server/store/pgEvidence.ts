import type { Pool } from 'pg';
import { checkQuota } from '../../src/domain/evidence/checks';
import { EVIDENCE_TYPES } from '../../src/domain/evidence/fileType';
import { evidenceFileSchema, type EvidenceFile } from '../../src/domain/evidence/schema';
import { checkUpload, uploadRefused } from '../../src/data/files/checkUpload';
import type { Store } from '../../src/data/store';
import { notFound, validationError } from '../../src/data/storeError';
import type { Queryable } from './pgAccess';
import { unreadable } from './pgRecords';

// Any fixed number: every upload takes it in its transaction, so the space used cannot change
// between one upload's sum and its insert.
const QUOTA_LOCK = 2_504_200_625;

/** A file ready to keep: its reference, the update that names it, and its bytes (checked). */
export interface FileToKeep {
  updateId: string;
  file: EvidenceFile;
  blob: Blob;
}

const usedBytes = async (q: Queryable): Promise<number> =>
  Number((await q.query<{ used: string }>('SELECT coalesce(sum(size), 0)::text AS used FROM evidence_files')).rows[0]?.used ?? 0);

/**
 * An update's files against their references (count, size, type by the bytes, SHA-256), refused
 * before any transaction opens: hashing 200 MB must not hold a connection or a lock.
 */
export async function refuseBadUpload(refs: readonly EvidenceFile[], blobs: readonly Blob[]): Promise<void> {
  if (refs.length === 0 && blobs.length === 0) return;
  const fault = await checkUpload(refs, blobs);
  if (fault) throw uploadRefused(fault);
}

/**
 * In the upload's transaction: waits for any other upload to commit or roll back, then refuses
 * an id a kept file has already (a file is never written over) and what would pass the quota:
 * two uploads near the quota cannot both pass. `places[j]`, where given, is where `refs[j]`
 * stands in the record's own list (a finding's new files among those it keeps).
 */
export async function refuseUnkeepable(client: Queryable, quotaBytes: number, refs: readonly EvidenceFile[], places?: readonly number[]): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [QUOTA_LOCK]);
  const { rows } = await client.query<{ id: string }>('SELECT id FROM evidence_files WHERE id = ANY($1)', [refs.map((f) => f.id)]);
  const taken = refs.findIndex((f) => rows.some((r) => r.id === f.id));
  const path = `files.${places?.[taken] ?? taken}`;
  if (taken >= 0) throw validationError([{ path, code: 'evidence-duplicate-id', message: 'มีไฟล์หลักฐานรหัสนี้อยู่แล้ว' }]);
  const refusal = checkQuota(await usedBytes(client), refs.reduce((sum, f) => sum + f.size, 0), quotaBytes);
  if (refusal) throw uploadRefused({ path: 'files', refusal });
}

/** Writes the files after the update that names them (the foreign key wants it there first). */
export async function keepFiles(client: Queryable, files: readonly FileToKeep[]): Promise<void> {
  for (const { updateId, file, blob } of files) {
    await client.query(
      'INSERT INTO evidence_files (id, update_id, name, type, size, sha256, width, height, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [file.id, updateId, file.name, file.type, file.size, file.sha256, file.width ?? null, file.height ?? null, Buffer.from(await blob.arrayBuffer())],
    );
  }
}

interface EvidenceRow {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  content: Buffer;
}

/** Reading the files back, and the space they take; the server has no address of its own to give the store. */
export function pgEvidenceReads(pool: Pool, quotaBytes: number): Pick<Store, 'readEvidence' | 'evidenceUrl' | 'evidenceUsage'> {
  return {
    readEvidence: async (fileId) => {
      const { rows } = await pool.query<EvidenceRow>('SELECT id, name, type, size, sha256, width, height, content FROM evidence_files WHERE id = $1', [fileId]);
      const [row] = rows;
      if (!row) throw notFound(`ไม่พบไฟล์หลักฐานรหัส "${fileId}" อาจถูกถอนพร้อมรายงานไปแล้ว`);
      const { content, width, height, ...reference } = row;
      const parsed = evidenceFileSchema.safeParse({ ...reference, ...(width === null ? {} : { width }), ...(height === null ? {} : { height }) });
      if (!parsed.success) throw unreadable(`evidence_files ${fileId}`);
      return { file: parsed.data, blob: new Blob([content as Uint8Array<ArrayBuffer>], { type: EVIDENCE_TYPES[parsed.data.type].mime }) };
    },
    // The HTTP store gives the API's address; this store is the server itself, which has none.
    evidenceUrl: () => null,
    evidenceUsage: async () => ({ used: await usedBytes(pool), limit: quotaBytes }),
  };
}
