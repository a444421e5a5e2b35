import type { BackupProblem } from './problems';

/** A backup file as parsed JSON, before it is checked against the current schema. */
export type BackupDocument = Readonly<Record<string, unknown>>;

/**
 * MIGRATIONS[v] turns a version v - 1 file into a version v one. It gets and returns the whole
 * file, not only `data`, so a later version may change the header too; the runner stamps the
 * version. Adding version 2 is one function here plus bumping BACKUP_VERSION.
 */
export type BackupMigration = (file: BackupDocument) => BackupDocument;
export type BackupMigrations = Readonly<Record<number, BackupMigration>>;

/** Version 1 is the first format: nothing to migrate from yet. */
export const MIGRATIONS: BackupMigrations = {};

export type Migrated = { ok: true; file: BackupDocument } | { ok: false; problem: BackupProblem };

export function migrate(file: BackupDocument, from: number, to: number, migrations: BackupMigrations): Migrated {
  let current = file;
  for (let version = from + 1; version <= to; version++) {
    const step = migrations[version];
    if (!step) {
      const message = `แอปนี้ไม่มีวิธีแปลงไฟล์สำรองข้อมูลรุ่น ${version - 1} เป็นรุ่น ${version} จึงกู้คืนอย่างปลอดภัยไม่ได้`;
      return { ok: false, problem: { code: 'bad-version', message, issues: [], words: { key: 'backup.noMigration', values: { from: version - 1, to: version } } } };
    }
    try {
      current = { ...step(current), version };
    } catch {
      // A migration meets files people may have edited by hand; one it cannot follow is refused
      // like any other bad file rather than breaking the restore screen.
      const message = `แปลงไฟล์สำรองข้อมูลรุ่น ${version - 1} เป็นรุ่น ${version} ไม่สำเร็จ: ข้อมูลในไฟล์ไม่เป็นไปตามรูปแบบของรุ่น ${version - 1}`;
      return { ok: false, problem: { code: 'invalid-record', message, issues: [], words: { key: 'backup.migrationFailed', values: { from: version - 1, to: version } } } };
    }
  }
  return { ok: true, file: current };
}
