import * as z from 'zod/mini';
import { dataSetSchema } from '../schemas/dataSet';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from './format';
import { inconsistencies, invalidRecords, listIssues, type BackupProblem } from './problems';

export interface BackupSummary {
  organisationName: string;
  exportedAt: string;
  counts: { units: number; frameworks: number; assessments: number; findings: number; measures: number; progressUpdates: number };
  /** Newest first. */
  fiscalYears: number[];
  archivedMeasures: number;
}

export type BackupRead = { ok: true; file: BackupFile; summary: BackupSummary } | { ok: false; problem: BackupProblem };

/** MIGRATIONS[v] turns the `data` of a version v - 1 file into version v's; none yet. */
export type BackupMigration = (data: unknown) => unknown;
export const MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.unknown(),
  exportedAt: z.iso.datetime(),
  organisationName: z.optional(z.string()),
  data: z.unknown(),
});

const refuse = (code: BackupProblem['code'], message: string): BackupRead => ({ ok: false, problem: { code, message, issues: [] } });

export function summarise(file: BackupFile): BackupSummary {
  const { data } = file;
  return {
    organisationName: data.organisation.name,
    exportedAt: file.exportedAt,
    counts: {
      units: data.units.length,
      frameworks: data.frameworks.length,
      assessments: data.assessments.length,
      findings: data.findings.length,
      measures: data.measures.length,
      progressUpdates: data.progressUpdates.length,
    },
    fiscalYears: [...new Set(data.assessments.map((a) => a.fiscalYear))].sort((a, b) => b - a),
    archivedMeasures: data.measures.filter((m) => m.archived).length,
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The reader with its migrations passed in, so the runner can be tested before version 2 exists. */
export function readBackupWith(text: string, migrations: Readonly<Record<number, BackupMigration>>, currentVersion: number): BackupRead {
  // Editors on Windows like to start UTF-8 files with a byte-order mark.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty', 'ไฟล์ว่างเปล่า ไม่มีข้อมูลให้กู้คืน');
  const json = parseJson(body);
  if (!json.ok) return refuse('not-json', 'ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้');
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) {
    return refuse('not-backup', 'ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA (ไม่มีส่วนหัวของไฟล์สำรองข้อมูล)');
  }
  const { version } = envelope.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('bad-version', 'ไฟล์สำรองข้อมูลนี้ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง จึงอ่านอย่างปลอดภัยไม่ได้');
  }
  if (version > currentVersion) {
    return refuse(
      'newer-version',
      `ไฟล์นี้สร้างโดยแอปรุ่นที่ใหม่กว่า (รูปแบบไฟล์รุ่น ${version} แต่แอปนี้อ่านได้ถึงรุ่น ${currentVersion}) จึงกู้คืนอย่างปลอดภัยไม่ได้ กรุณาใช้แอปรุ่นล่าสุด`,
    );
  }
  let data = envelope.data.data;
  for (let v = version + 1; v <= currentVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) return refuse('bad-version', `แอปนี้ไม่มีวิธีแปลงไฟล์สำรองข้อมูลรุ่น ${v - 1} เป็นรุ่น ${v}`);
    data = migrate(data);
  }
  const parsed = dataSetSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: invalidRecords(parsed.error, data) };
  const broken = inconsistencies(parsed.data);
  if (broken.length) {
    return { ok: false, problem: { code: 'inconsistent', message: `ข้อมูลในไฟล์อ้างถึงกันไม่ครบ: ${listIssues(broken)}`, issues: broken } };
  }
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: currentVersion,
    exportedAt: envelope.data.exportedAt,
    organisationName: parsed.data.organisation.name,
    data: parsed.data,
  };
  return { ok: true, file, summary: summarise(file) };
}

/** Reads a backup file's text: refused with the reason, or the file and what it holds. */
export function readBackup(text: string): BackupRead {
  return readBackupWith(text, MIGRATIONS, BACKUP_VERSION);
}
