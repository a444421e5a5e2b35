import type * as z from 'zod/mini';
import { COLLECTIONS, type DataSet } from '../schemas/dataSet';

export type BackupProblemCode =
  | 'empty'
  | 'not-json'
  | 'not-backup'
  | 'newer-version'
  | 'bad-version'
  | 'invalid-record'
  | 'inconsistent';

export interface BackupIssue {
  /** Thai: which record of which collection, and which field. */
  path: string;
  message: string;
}

/** Which words a screen says a refusal with, finer than `code`, and the values they need. */
export type BackupWordKey =
  | 'backup.empty'
  | 'backup.notJson'
  | 'backup.notJsonAt'
  | 'backup.notOursFormat'
  | 'backup.notOursNoHeader'
  | 'backup.badVersion'
  | 'backup.newerVersion'
  | 'backup.noMigration'
  | 'backup.migrationFailed'
  | 'backup.invalidRecords'
  | 'backup.inconsistent';

export interface BackupProblem {
  code: BackupProblemCode;
  /** Thai, for a role="alert" box and the server's API: names what is wrong and where. */
  message: string;
  issues: BackupIssue[];
  /** The same refusal for a screen to word in its reader's language. */
  words: { key: BackupWordKey; values: Readonly<Record<string, string | number>> };
}

export const DATA_NAMES: Readonly<Record<keyof DataSet, string>> = {
  organisation: 'ข้อมูลหน่วยงาน',
  settings: 'การตั้งค่า',
  units: 'ส่วนราชการ',
  frameworks: 'เกณฑ์การประเมิน',
  assessments: 'ผลการประเมิน',
  findings: 'ข้อบกพร่อง',
  measures: 'มาตรการ',
  progressUpdates: 'ความคืบหน้า',
  audit: 'ประวัติการแก้ไข',
};

const SHOWN = 5;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isDataKey = (key: string): key is keyof DataSet => Object.hasOwn(DATA_NAMES, key);
const isCollection = (key: string) => (COLLECTIONS as readonly string[]).includes(key);

/** The record's id when it has a usable one: the number alone is hard to find in a long file. */
function recordId(data: unknown, collection: string, index: number): string | null {
  const list = isObject(data) ? data[collection] : undefined;
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = isObject(record) ? record.id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** 'มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title"' for the path measures.2.title of `data`. */
export function describePath(path: readonly PropertyKey[], data: unknown): string {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return 'ข้อมูลทั้งชุด';
  const name = isDataKey(head) ? DATA_NAMES[head] : head;
  const [index, ...field] = rest;
  if (index !== undefined && isCollection(head) && /^\d+$/.test(index)) {
    const id = recordId(data, head, Number(index));
    const where = `${name} รายการที่ ${Number(index) + 1}${id ? ` (รหัส ${id})` : ''}`;
    return field.length ? `${where} ช่อง "${field.join('.')}"` : where;
  }
  return rest.length ? `${name} ช่อง "${rest.join('.')}"` : name;
}

export function listIssues(issues: readonly BackupIssue[]): string {
  const shown = issues.slice(0, SHOWN).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > SHOWN ? ` และอีก ${issues.length - SHOWN} รายการ` : '';
  return `${shown.join('; ')}${more}`;
}

/** For a parse of the whole file: `data.…` paths name records, anything else is the file's header. */
export function invalidRecords(error: z.core.$ZodError, data: unknown): BackupProblem {
  const issues = error.issues.map(({ path, message }) => ({
    path:
      path[0] === 'data'
        ? describePath(path.slice(1), data)
        : `ส่วนหัวของไฟล์ ช่อง "${path.map(String).join('.')}"`,
    message,
  }));
  const details = listIssues(issues);
  return { code: 'invalid-record', message: `ข้อมูลในไฟล์ไม่ถูกต้อง: ${details}`, issues, words: { key: 'backup.invalidRecords', values: { details, count: issues.length } } };
}
