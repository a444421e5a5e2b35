import type { BackupProblem, BackupSummary } from '../../../domain/backup';
import type { DataSet } from '../../../domain/schemas/dataSet';

/** What the file's reading came to: the preview's summary, or why the file cannot be restored. */
export type ReadOutcome = { ok: true; summary: BackupSummary } | { ok: false; unreadable: true } | { ok: false; unreadable: false; problem: BackupProblem };

/** The collections sent a slice at a time; the rest of the data set goes in the first message. */
export const SLICED = ['findings', 'measures', 'progressUpdates', 'audit'] as const;
export type Sliced = (typeof SLICED)[number];

/** 'next' asks for the next part of the data set: the page takes one only once it has handled the last. */
export type ToWorker = { kind: 'read'; file: Blob } | { kind: 'next' };
export type FromWorker =
  | { kind: 'read'; outcome: ReadOutcome }
  | { kind: 'head'; data: DataSet }
  | { kind: 'slice'; collection: Sliced; records: unknown[] }
  | { kind: 'end' };

// A slice is copied into the page in one task: 2,000 updates are some 10 ms of it.
export const SLICE = 2_000;

export function* slicesOf(data: DataSet): Generator<FromWorker> {
  yield { kind: 'head', data: { ...data, findings: [], measures: [], progressUpdates: [], audit: [] } };
  for (const collection of SLICED) {
    const records: readonly unknown[] = data[collection];
    for (let start = 0; start < records.length; start += SLICE) yield { kind: 'slice', collection, records: records.slice(start, start + SLICE) };
  }
  yield { kind: 'end' };
}
