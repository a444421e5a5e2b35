import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceFile } from '../../src/domain/evidence/schema';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { progressUpdate } from './progressUpdate';
import { seedData } from './seed';

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
