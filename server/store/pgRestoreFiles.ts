import { checkFileCount, checkKeptSize, checkQuota } from '../../src/domain/evidence/checks';
import type { EvidenceRefusal } from '../../src/domain/evidence/refusals';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import { sniffFileType } from '../../src/domain/evidence/sniffFileType';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { sha256Hex } from '../../src/data/files/sha256';
import { uploadRefused } from '../../src/data/files/checkUpload';
import { validationError } from '../../src/data/storeError';
import type { Queryable } from './pgAccess';

/**
 * A restored file's bytes where they wait: a Blob in memory (Store.replaceData), or a file on
 * disk the restore route spooled (its hash taken as it arrived). `bytes()` is asked for one file
 * at a time, so a backup of 4,000 MB is never held whole.
 */
export interface RestoreSource {
  size: number;
  /** Known when the bytes were hashed as they arrived; else hashed from `bytes()`. */
  sha256?: string;
  bytes(): Promise<Uint8Array>;
}

export const blobSource = (blob: Blob): RestoreSource => ({ size: blob.size, bytes: async () => new Uint8Array(await blob.arrayBuffer()) });

/** A checked file, the record that keeps it (an update or a finding), and where its bytes are. */
export interface FileToRestore {
  owner: { updateId: string } | { findingId: string };
  file: EvidenceFile;
  source: RestoreSource;
}

type Owner = { at: string; owner: FileToRestore['owner']; refs: readonly EvidenceFile[] };

const refused = (path: string, refusal: EvidenceRefusal) => uploadRefused({ path, refusal });
const differs = (path: string, name: string) => refused(path, { code: 'file.hashMismatch', values: { name } });

/** The checks checkUpload makes (size, type by the bytes, SHA-256), on one file read at its turn. */
async function checkOne(path: string, ref: EvidenceFile, source: RestoreSource): Promise<void> {
  const big = checkKeptSize(ref.name, source.size);
  if (big) throw refused(path, big);
  if (source.size !== ref.size) throw differs(path, ref.name);
  const bytes = await source.bytes();
  const sniffed = sniffFileType(bytes);
  if (!sniffed.allowed) throw refused(path, { code: 'file.typeNotAllowed', values: { name: ref.name, found: sniffed.found } });
  if (sniffed.type !== ref.type) throw refused(path, { code: 'file.typeNotAllowed', values: { name: ref.name, found: 'unknown' } });
  if ((source.sha256 ?? (await sha256Hex(bytes))) !== ref.sha256) throw differs(path, ref.name);
}

const ownersIn = (data: DataSet): Owner[] => [
  ...data.progressUpdates.map((u, j) => ({ at: `progressUpdates.${j}.files`, owner: { updateId: u.id }, refs: u.files ?? [] })),
  ...data.findings.map((f, j) => ({ at: `findings.${j}.files`, owner: { findingId: f.id }, refs: f.files ?? [] })),
];

/**
 * A restore's files, checked before its transaction opens, as the stores check an upload: every
 * file an update or a finding names is there with its size, type and SHA-256 (refused naming
 * the record and the file, `progressUpdates.<i>.files.<j>` or `findings.<i>.files.<j>`), each id
 * once in the whole data set, and all within the quota. Bytes no record names are left out.
 * Each file's bytes are read once here, one file at a time, and let go.
 */
export async function restorableFiles(data: DataSet, sourceOf: (id: string) => RestoreSource | undefined, quotaBytes: number): Promise<FileToRestore[]> {
  const kept: FileToRestore[] = [];
  const seen = new Set<string>();
  for (const { at, owner, refs } of ownersIn(data)) {
    const mine: FileToRestore[] = [];
    for (const [i, file] of refs.entries()) {
      if (seen.has(file.id)) {
        throw validationError([{ path: `${at}.${i}`, code: 'evidence-duplicate-id', message: `ไฟล์หลักฐาน "${file.name}" มีรหัสซ้ำกับไฟล์ของรายการอื่น` }]);
      }
      seen.add(file.id);
      const source = sourceOf(file.id);
      if (!source) throw differs(`${at}.${i}`, file.name);
      mine.push({ owner, file, source });
    }
    const tooMany = checkFileCount(refs.length);
    if (tooMany) throw refused(at, tooMany);
    for (const [i, { file, source }] of mine.entries()) await checkOne(`${at}.${i}`, file, source);
    kept.push(...mine);
  }
  const refusal = checkQuota(0, kept.reduce((sum, k) => sum + k.file.size, 0), quotaBytes);
  if (refusal) throw refused('files', refusal);
  return kept;
}

/** Writes the files after the records that own them (the foreign keys want those first), reading each at its turn. */
export async function keepRestoredFiles(client: Queryable, files: readonly FileToRestore[]): Promise<void> {
  for (const { owner, file, source } of files) {
    const bytes = await source.bytes();
    await client.query(
      'INSERT INTO evidence_files (id, update_id, finding_id, name, type, size, sha256, width, height, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [
        file.id,
        'updateId' in owner ? owner.updateId : null,
        'findingId' in owner ? owner.findingId : null,
        file.name,
        file.type,
        file.size,
        file.sha256,
        file.width ?? null,
        file.height ?? null,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ],
    );
  }
}
