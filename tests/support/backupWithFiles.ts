import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { Store } from '../../src/data/store';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { progressUpdate } from './progressUpdate';
import { seedData, seedStore } from './seed';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/backup', name)));

/** Real files: a 640 × 480 JPEG and a one-page PDF (tests/fixtures/backup). */
export const PHOTO = fixture('training-photo.jpg');
export const MEMO = fixture('memo.pdf');

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const PHOTO_REF: EvidenceFile = { id: 'ev-photo-1', name: 'รูปการอบรม ITA.jpeg', type: 'jpeg', size: PHOTO.length, sha256: sha256(PHOTO), width: 640, height: 480 };
export const MEMO_REF: EvidenceFile = { id: 'ev-memo-1', name: 'บันทึกข้อความ 2569-25.pdf', type: 'pdf', size: MEMO.length, sha256: sha256(MEMO) };

export const BYTES: ReadonlyMap<string, Uint8Array> = new Map([
  [PHOTO_REF.id, PHOTO],
  [MEMO_REF.id, MEMO],
]);

/** The seed with one progress update, of 3 May 2026 on its first measure, carrying the photo and the memo. */
export function dataWithFiles(): DataSet {
  const data = seedData();
  const measure = data.measures[0];
  if (!measure) throw new Error('the seed has no measure');
  const update = { ...progressUpdate(measure.id, '2026-05-03', 40), files: [PHOTO_REF, MEMO_REF] };
  return { ...data, progressUpdates: [update] };
}

export const blobOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** When the backups of these tests are made. */
export const NOW = new Date('2026-12-06T08:30:00Z');

export const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The photo's and the memo's bytes as a store's replaceData takes them. */
export const filesOf = () => new Map([...BYTES].map(([id, bytes]) => [id, blobOf(bytes)]));

/** The seed's agency and accounts with no year's work: what a restore fills. */
export const emptyData = (): DataSet => ({ ...seedData(), frameworks: [], assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] });

/** The browser store holding `data`, the photo's and the memo's bytes kept beside it. */
export async function storeWithFiles(data = dataWithFiles()): Promise<Store> {
  const store = await seedStore();
  await store.replaceData(data, { files: filesOf() });
  return store;
}
