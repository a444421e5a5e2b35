import type * as z from 'zod/mini';
import { COLLECTIONS, type DataSet } from '../schemas/dataSet';
import type { IssueValues } from '../zodIssue';
import { faultOf, valueAt, type Fault } from './faults';
import { DATA_NAMES, fill } from './names';

export { DATA_NAMES, fill } from './names';

export type BackupProblemCode =
  | 'empty'
  | 'not-json'
  | 'not-backup'
  | 'newer-version'
  | 'bad-version'
  | 'invalid-record'
  | 'inconsistent';

/**
 * Where in the file a fault is. A record is named by its collection, its place counted from 0
 * and its id when it has one; `collection` alone is a part of the data set, none the whole of it.
 */
export type BackupWhere =
  | { part: 'header'; field: string }
  | { part: 'data'; collection?: string; index?: number; id?: string; field?: string };

/** One fault in a backup file: where, and what is wrong as a code and values for a screen to word. */
export interface BackupIssue extends Fault {
  where: BackupWhere;
  /** Thai, the fault alone (the place is in `where`): the schema's own sentence, or the reader's. */
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
  /** Each fault, for a screen to word with `words` (invalidRecords, inconsistent). */
  issues: BackupIssue[];
  /** The same refusal for a screen to word in its reader's language; the issues are its details. */
  words: { key: BackupWordKey; values: Readonly<IssueValues> };
}

/** Thai for a place, by its shape; {name} is a part's name, {number} a record's place counted from 1. */
export const PLACE_THAI = {
  header: 'ส่วนหัวของไฟล์ ช่อง "{field}"',
  all: 'ข้อมูลทั้งชุด',
  part: '{name}',
  partField: '{name} ช่อง "{field}"',
  record: '{name} รายการที่ {number}',
  recordField: '{name} รายการที่ {number} ช่อง "{field}"',
  recordId: '{name} รายการที่ {number} (รหัส {id})',
  recordIdField: '{name} รายการที่ {number} (รหัส {id}) ช่อง "{field}"',
} as const;
export type PlaceShape = keyof typeof PLACE_THAI;

/** Which sentence a place takes and what fills it, the same for every language. */
export function placeShape(where: BackupWhere): { shape: PlaceShape; values: IssueValues } {
  if (where.part === 'header') return { shape: 'header', values: { field: where.field } };
  const { collection, index, id, field } = where;
  if (collection === undefined) return { shape: 'all', values: {} };
  const named = { ...(field === undefined ? {} : { field }) };
  if (index === undefined) return { shape: field === undefined ? 'part' : 'partField', values: named };
  const record = { ...named, number: index + 1, ...(id === undefined ? {} : { id }) };
  const shape = `record${id === undefined ? '' : 'Id'}${field === undefined ? '' : 'Field'}` as PlaceShape;
  return { shape, values: record };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isDataKey = (key: string): key is keyof DataSet => Object.hasOwn(DATA_NAMES, key);
const isCollection = (key: string) => (COLLECTIONS as readonly string[]).includes(key);

/** A part's name in Thai; a part the data set does not have is named as the file names it. */
export const partInThai = (collection: string) => (isDataKey(collection) ? DATA_NAMES[collection] : collection);

/** 'มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title"': the one Thai wording of a place. */
export function placeInThai(where: BackupWhere): string {
  const { shape, values } = placeShape(where);
  const name = where.part === 'data' && where.collection !== undefined ? partInThai(where.collection) : '';
  return fill(PLACE_THAI[shape], { ...values, name });
}

/** The record's id when it has a usable one: the number alone is hard to find in a long file. */
function recordId(data: unknown, collection: string, index: number): string | null {
  const list = isObject(data) ? data[collection] : undefined;
  const record = Array.isArray(list) ? (list[index] as unknown) : undefined;
  const id = isObject(record) ? record.id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** The place of a path within the data set `data`, e.g. measures.2.title. */
export function placeOf(path: readonly PropertyKey[], data: unknown): BackupWhere {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return { part: 'data' };
  const [index, ...field] = rest;
  if (index !== undefined && isCollection(head) && /^\d+$/.test(index)) {
    const id = recordId(data, head, Number(index));
    return { part: 'data', collection: head, index: Number(index), ...(id ? { id } : {}), ...(field.length ? { field: field.join('.') } : {}) };
  }
  return { part: 'data', collection: head, ...(rest.length ? { field: rest.join('.') } : {}) };
}

export const issueInThai = (issue: BackupIssue) => `${placeInThai(issue.where)}: ${issue.message}`;

/** How many faults a refusal names: enough to start mending, short enough to read. */
export const SHOWN = 5;

/** The faults in Thai, the first few and how many more, for the problem's message. */
export function listIssues(issues: readonly BackupIssue[]): string {
  const shown = issues.slice(0, SHOWN).map(issueInThai);
  const more = issues.length > SHOWN ? ` และอีก ${issues.length - SHOWN} รายการ` : '';
  return `${shown.join('; ')}${more}`;
}

/** For a parse of the whole file: `data.…` paths name records, anything else is the file's header. */
export function invalidRecords(error: z.core.$ZodError, file: Readonly<Record<string, unknown>>): BackupProblem {
  const data = file.data;
  const issues = error.issues.map((issue): BackupIssue => ({
    where: issue.path[0] === 'data' ? placeOf(issue.path.slice(1), data) : { part: 'header', field: issue.path.map(String).join('.') },
    ...faultOf(issue, valueAt(file, issue.path)),
    message: issue.message,
  }));
  const details = listIssues(issues);
  return { code: 'invalid-record', message: `ข้อมูลในไฟล์ไม่ถูกต้อง: ${details}`, issues, words: { key: 'backup.invalidRecords', values: { count: issues.length } } };
}
