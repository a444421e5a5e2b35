import type { Pool, PoolClient } from 'pg';
import { checkFileCount } from '../../src/domain/evidence/checks';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { Finding } from '../../src/domain/schemas/finding';
import { checkUpload, uploadRefused, type UploadFault } from '../../src/data/files/checkUpload';
import type { EvidenceUpload } from '../../src/data/store';
import { uploadCancelled } from '../../src/data/storeError';
import { inTransaction, type Queryable } from './pgAccess';
import { refuseUnkeepable } from './pgEvidence';

// Any fixed number, apart from the quota's (taken after it, by refuseUnkeepable): saves of
// findings with files take turns, so what one reads as kept is still kept when it writes.
const FINDING_FILES_LOCK = 2_504_200_626;

/** A reference the finding does not keep yet, and where it stands in `finding.files`. */
interface NewFile {
  file: EvidenceFile;
  at: number;
}

/** The files a finding keeps now, by id: what its save keeps, deletes or is told it differs from. */
async function keptBy(q: Queryable, findingId: string): Promise<Map<string, EvidenceFile>> {
  const { rows } = await q.query<EvidenceFile>('SELECT id, name, type, size, sha256 FROM evidence_files WHERE finding_id = $1', [findingId]);
  return new Map(rows.map((row) => [row.id, row]));
}

const sameFile = (a: EvidenceFile, b: EvidenceFile) => a.sha256 === b.sha256 && a.size === b.size && a.type === b.type && a.name === b.name;

/**
 * The references the finding does not keep yet, in their order. One it keeps must be the kept
 * file as it is: a reference that says otherwise (another hash, name…) is refused at its place.
 */
function newFiles(refs: readonly EvidenceFile[], kept: ReadonlyMap<string, EvidenceFile>): NewFile[] {
  const fresh: NewFile[] = [];
  for (const [at, file] of refs.entries()) {
    const was = kept.get(file.id);
    if (!was) fresh.push({ file, at });
    else if (!sameFile(was, file)) throw uploadRefused({ path: `files.${at}`, refusal: { code: 'file.hashMismatch', values: { name: file.name } } });
  }
  return fresh;
}

/** checkUpload on the new files, its `files.<j>` (the j-th new one) told at its place in `finding.files`. */
async function refuseBadNew(fresh: readonly NewFile[], blobs: readonly Blob[]): Promise<void> {
  const fault = await checkUpload(
    fresh.map((n) => n.file),
    blobs,
  );
  if (!fault) return;
  const j = /^files\.(\d+)$/.exec(fault.path)?.[1];
  const placed: UploadFault = j === undefined ? fault : { ...fault, path: `files.${fresh[Number(j)]?.at ?? j}` };
  throw uploadRefused(placed);
}

/** A finding's new files, written after the finding (the foreign key wants it there first). */
export async function keepFindingFiles(client: Queryable, findingId: string, files: readonly { file: EvidenceFile; blob: Blob }[]): Promise<void> {
  for (const { file, blob } of files) {
    await client.query(
      'INSERT INTO evidence_files (id, finding_id, name, type, size, sha256, width, height, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [file.id, findingId, file.name, file.type, file.size, file.sha256, file.width ?? null, file.height ?? null, Buffer.from(await blob.arrayBuffer())],
    );
  }
}

const sameIds = (a: readonly NewFile[], b: readonly NewFile[]) => a.length === b.length && a.every((n, i) => n.file.id === b[i]?.file.id);

/**
 * Saves a finding with its files in one transaction (the Store's saveFinding contract): kept
 * files stay, files it no longer lists are deleted, new ones are checked and written, and
 * `writeFinding` writes the finding itself between the two. The new files are hashed before the
 * transaction, against the files the finding kept then; if another save changed those meanwhile,
 * they are checked again under the lock (rare, and then correct rather than quick).
 */
export async function saveWithFiles(
  pool: Pool,
  quotaBytes: number,
  finding: Finding,
  upload: EvidenceUpload | undefined,
  writeFinding: (client: PoolClient) => Promise<void>,
): Promise<void> {
  const refs = finding.files ?? [];
  const blobs = upload?.files ?? [];
  // The limit holds for the finding's files as a whole, kept ones too.
  const tooMany = checkFileCount(refs.length);
  if (tooMany) throw uploadRefused({ path: 'files', refusal: tooMany });
  const checked = newFiles(refs, await keptBy(pool, finding.id));
  await refuseBadNew(checked, blobs);
  // Asked once, before anything is written: past this point the finding lands whole or not at all.
  if (upload?.signal?.aborted) throw uploadCancelled();
  await inTransaction(pool, async (client) => {
    if (refs.length > 0) await client.query('SELECT pg_advisory_xact_lock($1)', [FINDING_FILES_LOCK]);
    const fresh = newFiles(refs, await keptBy(client, finding.id));
    if (!sameIds(fresh, checked)) await refuseBadNew(fresh, blobs);
    if (fresh.length > 0) {
      await refuseUnkeepable(
        client,
        quotaBytes,
        fresh.map((n) => n.file),
        fresh.map((n) => n.at),
      );
    }
    await client.query('DELETE FROM evidence_files WHERE finding_id = $1 AND id <> ALL($2)', [finding.id, refs.map((f) => f.id)]);
    await writeFinding(client);
    await keepFindingFiles(
      client,
      finding.id,
      fresh.map((n, j) => ({ file: n.file, blob: blobs[j] as Blob })),
    );
  });
}
