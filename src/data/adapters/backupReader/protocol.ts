import type { BackupProblem, BackupSummary } from '../../../domain/backup';
import type { DataSet } from '../../../domain/schemas/dataSet';
import type { ZipRefusal } from '../../../domain/backup/zipRefusal';
import type { FilesSummary } from '../../backupFiles';

export type { FileFault, ZipRefusal } from '../../../domain/backup/zipRefusal';

/** What the file's reading came to: the preview's summary, or why the file cannot be restored. */
export type ReadOutcome =
  /** `files` absent: none (as a reader before files were carried said it). */
  | { ok: true; summary: BackupSummary; files?: FilesSummary }
  | { ok: false; unreadable: true }
  | { ok: false; unreadable: false; problem: BackupProblem }
  | { ok: false; unreadable: false; zip: ZipRefusal };

/** The data set and the bytes of each file its updates and findings name, by file id: what a restore writes. */
export interface BackupContents {
  data: DataSet;
  files: ReadonlyMap<string, Blob>;
}

/** The collections sent a slice at a time; the rest of the data set goes in the first message. */
export const SLICED = ['findings', 'measures', 'progressUpdates', 'audit'] as const;
export type Sliced = (typeof SLICED)[number];

/** 'next' asks for the next part of the data set: the page takes one only once it has handled the last. */
export type ToWorker = { kind: 'read'; file: Blob } | { kind: 'next' };
export type FromWorker =
  | { kind: 'read'; outcome: ReadOutcome }
  /** How many of a zip's files have been checked, told at most once a hundredth of the way. */
  | { kind: 'checking'; done: number; total: number }
  /** The files are slices of the chosen file (or its inflated entries): handing them over copies no bytes. */
  | { kind: 'head'; data: DataSet; files?: [string, Blob][] }
  | { kind: 'slice'; collection: Sliced; records: unknown[] }
  | { kind: 'end' };

// A slice is copied into the page in one task: 2,000 updates are some 10 ms of it.
export const SLICE = 2_000;

export function* slicesOf({ data, files }: BackupContents): Generator<FromWorker> {
  yield { kind: 'head', data: { ...data, findings: [], measures: [], progressUpdates: [], audit: [] }, files: [...files] };
  for (const collection of SLICED) {
    const records: readonly unknown[] = data[collection];
    for (let start = 0; start < records.length; start += SLICE) yield { kind: 'slice', collection, records: records.slice(start, start + SLICE) };
  }
  yield { kind: 'end' };
}
