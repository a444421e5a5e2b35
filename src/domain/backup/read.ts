import * as z from 'zod/mini';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, type BackupFile } from './format';
import { notJsonMessage, parseJson } from './json';
import { MIGRATIONS, migrate, type BackupDocument, type BackupMigrations } from './migrations';
import { invalidRecords, listIssues, type BackupProblem } from './problems';
import { inconsistencies } from './references';
import { thaiIssue } from './thaiIssues';

/** What the person confirms before a restore replaces everything. */
export interface BackupSummary {
  organisationName: string;
  exportedAt: string;
  counts: { units: number; frameworks: number; assessments: number; findings: number; measures: number; progressUpdates: number };
  /** Newest first, once each. */
  fiscalYears: number[];
  archivedMeasures: number;
}

export type BackupRead = { ok: true; file: BackupFile; summary: BackupSummary } | { ok: false; problem: BackupProblem };

// The header's name is only for people opening the file; the data's own name is the one restored.
const contentSchema = z.pick(backupFileSchema, { exportedAt: true, data: true });

const refuse = (code: BackupProblem['code'], message: string, words: BackupProblem['words']): BackupRead => ({
  ok: false,
  problem: { code, message, issues: [], words },
});

const isDocument = (value: unknown): value is BackupDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

function notOurs(value: unknown): BackupRead {
  const format = isDocument(value) ? value.format : undefined;
  const named = typeof format === 'string' && format !== '' ? format.slice(0, 80) : null;
  const why = named !== null ? `ไฟล์ระบุรูปแบบเป็น "${named}"` : 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล';
  const words: BackupProblem['words'] = named !== null ? { key: 'backup.notOursFormat', values: { format: named } } : { key: 'backup.notOursNoHeader', values: {} };
  return refuse('not-backup', `ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA (${why})`, words);
}

/**
 * The reader with its migrations passed in, so the runner can be tested before version 2 exists.
 * The header is checked before anything else: a newer version may have changed everything else.
 */
export function readBackupWith(text: string, migrations: BackupMigrations, currentVersion: number): BackupRead {
  // Editors on Windows like to start UTF-8 files with a byte-order mark.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty', 'ไฟล์ว่างเปล่า ไม่มีข้อมูลให้กู้คืน', { key: 'backup.empty', values: {} });
  const json = parseJson(body);
  if (!json.ok) {
    const { place } = json;
    return refuse('not-json', notJsonMessage(place), place ? { key: 'backup.notJsonAt', values: { line: place.line, column: place.column } } : { key: 'backup.notJson', values: {} });
  }
  const found = json.value;
  if (!isDocument(found) || found.format !== BACKUP_FORMAT) return notOurs(found);

  const { version } = found;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      'bad-version',
      'ไฟล์สำรองข้อมูลนี้ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง (ช่อง "version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป) จึงอ่านอย่างปลอดภัยไม่ได้',
      { key: 'backup.badVersion', values: {} },
    );
  }
  if (version > currentVersion) {
    return refuse(
      'newer-version',
      `ไฟล์นี้สร้างโดยแอปรุ่นที่ใหม่กว่า (รูปแบบไฟล์รุ่น ${version} แต่แอปนี้อ่านได้ถึงรุ่น ${currentVersion}) จึงอ่านอย่างปลอดภัยไม่ได้ กรุณาใช้แอปรุ่นล่าสุด`,
      { key: 'backup.newerVersion', values: { version, current: currentVersion } },
    );
  }

  const migrated = migrate(found, version, currentVersion, migrations);
  if (!migrated.ok) return migrated;
  const parsed = contentSchema.safeParse(migrated.file, { error: thaiIssue });
  if (!parsed.success) return { ok: false, problem: invalidRecords(parsed.error, migrated.file) };

  const { data } = parsed.data;
  const broken = inconsistencies(data);
  if (broken.length) {
    const details = listIssues(broken);
    const words: BackupProblem['words'] = { key: 'backup.inconsistent', values: { count: broken.length } };
    return { ok: false, problem: { code: 'inconsistent', message: `ข้อมูลในไฟล์อ้างถึงกันไม่ครบ: ${details}`, issues: broken, words } };
  }
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: currentVersion,
    // One form for everyone downstream, whatever offset a hand-edited file was written with.
    exportedAt: new Date(parsed.data.exportedAt).toISOString(),
    organisationName: data.organisation.name,
    data,
  };
  return { ok: true, file, summary: summarise(file) };
}

/** Reads a backup file's text: refused with the reason, or the file and what it holds. */
export function readBackup(text: string): BackupRead {
  return readBackupWith(text, MIGRATIONS, BACKUP_VERSION);
}
