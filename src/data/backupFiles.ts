import type { EvidenceFile } from '../domain/evidence/schema';
import type { DataSet } from '../domain/schemas/dataSet';
import type { FileOwner } from '../domain/backup/zipRefusal';

/** The name of the data set's entry in a backup zip, and the folder its files are kept under. */
export const BACKUP_JSON = 'backup.json';
export const fileEntry = (fileId: string) => `files/${fileId}`;

/**
 * A file a backup's updates or findings name, with what a refusal needs to tell the person which
 * one it is: an update's date (ISO) and its measure's title, so "the photo of 3 May on measure 4"
 * can be found, or a finding's title.
 */
export type NamedFile = { file: EvidenceFile } & NamedOwner;
export type NamedOwner = FileOwner;

/** Every file the data set's updates and then its findings name, once each, in the order they are held. */
export function namedFiles(data: DataSet): NamedFile[] {
  const titles = new Map(data.measures.map((m) => [m.id, m.title]));
  const seen = new Set<string>();
  const named: NamedFile[] = [];
  const add = (file: EvidenceFile, owner: NamedOwner) => {
    if (seen.has(file.id)) return;
    seen.add(file.id);
    named.push({ file, ...owner });
  };
  for (const update of data.progressUpdates) {
    for (const file of update.files ?? []) add(file, { updateDate: update.date, measureTitle: titles.get(update.measureId) ?? update.measureId });
  }
  for (const finding of data.findings) for (const file of finding.files ?? []) add(file, { findingTitle: finding.title });
  return named;
}

/** How many files a backup carries and the bytes they take, for the preview. */
export interface FilesSummary {
  count: number;
  bytes: number;
}

export const summariseFiles = (named: readonly NamedFile[]): FilesSummary => ({
  count: named.length,
  bytes: named.reduce((sum, { file }) => sum + file.size, 0),
});
