import type { BackupWordKey } from '../domain/backup/problems';
import { DATA_NAMES, PLACE_THAI } from '../domain/backup/problems';
import { DAMAGED_THAI, RECORD_NAMES } from '../domain/backup/records';
import { REFERENCE_THAI } from '../domain/backup/references';
import { FAULT_THAI, FOUND_THAI, TYPE_THAI } from '../domain/backup/thaiIssues';
import { defineMessages } from '../i18n/featureMessages';
import * as words from './backupMessages.json';

// The Thai side reuses the domain's tables, which word the same faults for the API: one Thai.
const missing = (collection: keyof typeof DATA_NAMES) => REFERENCE_THAI['missing-reference'].replace('{collection}', DATA_NAMES[collection]);

/** Why a backup file cannot be restored, by the reader's key; {details} are its faults, worded by backupWords.ts. */
const th = {
  ...words.th,
  'backup.place.header': PLACE_THAI.header,
  'backup.place.all': PLACE_THAI.all,
  'backup.place.part': PLACE_THAI.part,
  'backup.place.partField': PLACE_THAI.partField,
  'backup.place.record': PLACE_THAI.record,
  'backup.place.recordField': PLACE_THAI.recordField,
  'backup.place.recordId': PLACE_THAI.recordId,
  'backup.place.recordIdField': PLACE_THAI.recordIdField,
  'backup.part.organisation': RECORD_NAMES.organisation,
  'backup.part.settings': RECORD_NAMES.settings,
  'backup.part.units': RECORD_NAMES.units,
  'backup.part.frameworks': RECORD_NAMES.frameworks,
  'backup.part.assessments': RECORD_NAMES.assessments,
  'backup.part.findings': RECORD_NAMES.findings,
  'backup.part.measures': RECORD_NAMES.measures,
  'backup.part.progressUpdates': RECORD_NAMES.progressUpdates,
  'backup.part.audit': RECORD_NAMES.audit,
  'backup.part.singletons': RECORD_NAMES.singletons,
  'backup.type.string': TYPE_THAI.string as string,
  'backup.type.number': TYPE_THAI.number as string,
  'backup.type.int': TYPE_THAI.int as string,
  'backup.type.boolean': TYPE_THAI.boolean as string,
  'backup.type.array': TYPE_THAI.array as string,
  'backup.type.object': TYPE_THAI.object as string,
  'backup.type.null': TYPE_THAI.null as string,
  'backup.found.string': FOUND_THAI.string,
  'backup.found.number': FOUND_THAI.number,
  'backup.found.boolean': FOUND_THAI.boolean,
  'backup.fault.missing': FAULT_THAI.missing,
  'backup.fault.type': FAULT_THAI.type,
  'backup.fault.wrongType': FAULT_THAI.wrongType,
  'backup.fault.required': FAULT_THAI.required,
  'backup.fault.tooShort': FAULT_THAI.tooShort,
  'backup.fault.tooFew': FAULT_THAI.tooFew,
  'backup.fault.atLeast': FAULT_THAI.atLeast,
  'backup.fault.moreThan': FAULT_THAI.moreThan,
  'backup.fault.tooLong': FAULT_THAI.tooLong,
  'backup.fault.tooMany': FAULT_THAI.tooMany,
  'backup.fault.atMost': FAULT_THAI.atMost,
  'backup.fault.lessThan': FAULT_THAI.lessThan,
  'backup.fault.datetime': FAULT_THAI.datetime,
  'backup.fault.date': FAULT_THAI.date,
  'backup.fault.url': FAULT_THAI.url,
  'backup.fault.format': FAULT_THAI.format,
  'backup.fault.empty': FAULT_THAI.empty,
  'backup.fault.oneValue': FAULT_THAI.oneValue,
  'backup.fault.oneOf': FAULT_THAI.oneOf,
  'backup.fault.noMatch': FAULT_THAI.noMatch,
  'backup.fault.timeframe-start-without-end': FAULT_THAI['timeframe-start-without-end'],
  'backup.fault.day-not-in-month': FAULT_THAI['day-not-in-month'],
  'backup.fault.invalid': FAULT_THAI.invalid,
  'backup.fault.repeated-id': REFERENCE_THAI['repeated-id'],
  'backup.fault.repeated-year': REFERENCE_THAI['repeated-year'],
  'backup.missing.assessments': missing('assessments'),
  'backup.missing.measures': missing('measures'),
  'backup.missing.units': missing('units'),
  'backup.damaged': DAMAGED_THAI.fields,
  'backup.damagedField': DAMAGED_THAI.field,
  'backup.damagedBare': DAMAGED_THAI.bare,
} satisfies Record<BackupWordKey | (string & {}), string>;

export type BackupMessageKey = keyof typeof th;

export const backupMessages = defineMessages(th, words.en);
