import * as z from 'zod/mini';
import { dataSetSchema, type DataSet } from '../schemas/dataSet';
import { beFromCe } from '../thaiDate';

export const BACKUP_FORMAT = 'ita-measures-dashboard/backup';
/** Bump together with a new entry in MIGRATIONS (backup/migrations.ts). */
export const BACKUP_VERSION = 1;

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int(), z.positive()),
  // An offset is accepted because a person mending the file by hand may well write local time.
  exportedAt: z.iso.datetime({
    offset: true,
    error: 'วันเวลาที่สำรองข้อมูลต้องอยู่ในรูปแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z',
  }),
  /** Repeated outside the data so a person opening the file can tell whose it is. */
  organisationName: z.string(),
  data: dataSetSchema,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export function buildBackup(data: DataSet, exportedAt: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    organisationName: data.organisation.name,
    data,
  };
}

/** Pretty, so it can be read and mended in a text editor; Thai stays as Thai, not \u escapes. */
export function serialiseBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * ita-backup-2569-11-24-1430.json: the agency's own calendar and the clock on the wall, so the
 * name matches what the person remembers doing; sortable, and plain ASCII for any disk or mailer.
 */
export function backupFileName(exportedAt: Date): string {
  const d = exportedAt;
  const date = `${beFromCe(d.getFullYear())}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `ita-backup-${date}-${two(d.getHours())}${two(d.getMinutes())}.json`;
}
