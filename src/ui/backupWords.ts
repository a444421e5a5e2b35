import { faultShape, type Fault } from '../domain/backup/faults';
import { SHOWN, placeShape, type BackupIssue, type BackupProblem, type BackupWhere } from '../domain/backup/problems';
import { RECORD_NAMES } from '../domain/backup/records';
import { TYPE_THAI } from '../domain/backup/thaiIssues';
import type { MessageParams } from '../i18n/i18n';
import type { BackupMessageKey } from './backupMessages';

/** The catalog's `t`, in the reader's language (useMessages(backupMessages).t). */
export type Say = (key: BackupMessageKey, params?: MessageParams) => string;

/** How a screen words a backup's faults: its catalog, and whether the reader reads the domain's own Thai. */
export interface BackupWords {
  say: Say;
  /** Thai: a fault's own sentence (the schema's, which may name the field in words) is in the reader's language. */
  thai: boolean;
}

const isRecordName = (name: string): name is keyof typeof RECORD_NAMES => Object.hasOwn(RECORD_NAMES, name);
const isType = (name: string) => Object.hasOwn(TYPE_THAI, name);
const FOUND = new Set(['string', 'number', 'boolean']);
const REFERRED = new Set(['assessments', 'measures', 'units']);

/** A part of the data set by name; one the app does not know is named as the file names it. */
export const wordPart = (collection: string, say: Say) => (isRecordName(collection) ? say(`backup.part.${collection}`) : collection);

export function wordPlace(where: BackupWhere, say: Say): string {
  const { shape, values } = placeShape(where);
  const name = where.part === 'data' && where.collection !== undefined ? wordPart(where.collection, say) : '';
  return say(`backup.place.${shape}`, { ...values, name });
}

const wordType = (kind: string | number | undefined, say: Say) => {
  const name = String(kind);
  return isType(name) ? say(`backup.type.${name as 'string'}`) : name;
};

function wordFound(values: Fault['values'], say: Say): string {
  const { found, foundValue } = values;
  if (typeof found === 'string' && FOUND.has(found) && foundValue !== undefined) return say(`backup.found.${found as 'string'}`, { value: foundValue });
  return wordType(found, say);
}

/** What is wrong, from its code and values alone: the same words for a backup's fault and a stored record's. */
export function wordFault(fault: Fault, say: Say): string {
  const shape = faultShape(fault);
  const { values } = fault;
  switch (shape) {
    case 'either':
      return (fault.either ?? []).map((form) => wordFault(form, say)).reduce((first, second) => say('backup.or', { first, second }));
    case 'missing-reference': {
      const collection = String(values.collection);
      return REFERRED.has(collection) ? say(`backup.missing.${collection as 'units'}`, values) : say('backup.fault.invalid');
    }
    default:
      return say(`backup.fault.${shape}`, { ...values, expected: wordType(values.expected, say), found: wordFound(values, say) });
  }
}

export const wordIssue = (issue: BackupIssue, { say, thai }: BackupWords) =>
  say('backup.issue', { place: wordPlace(issue.where, say), fault: thai ? issue.message : wordFault(issue, say) });

/** The first few faults, and how many more: enough to start mending, short enough to read. */
export function wordIssues(issues: readonly BackupIssue[], words: BackupWords): string {
  const list = issues
    .slice(0, SHOWN)
    .map((issue) => wordIssue(issue, words))
    .join('; ');
  return issues.length > SHOWN ? words.say('backup.issuesMore', { list, more: issues.length - SHOWN }) : list;
}

/** Why a backup cannot be restored, in the reader's language, naming each fault found. */
export const wordBackupProblem = (problem: Pick<BackupProblem, 'words' | 'issues'>, words: BackupWords) =>
  words.say(problem.words.key, { ...problem.words.values, details: wordIssues(problem.issues, words) });
