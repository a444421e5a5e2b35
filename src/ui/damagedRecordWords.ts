import { format, type Language } from '../i18n/i18n';
import { backupMessages } from './backupMessages';
import { wordFault, wordPart, type Say } from './backupWords';

const THAI = /[\u0E00-\u0E7F]/;

/** A stored record that did not parse, as the store lists it (src/data/store.ts DataProblem). */
export interface DamagedRecord {
  collection: string;
  key: string;
  /** Thai, as stored: what a Thai reader reads where the fields were not kept. */
  message: string;
  fields?: readonly { path: string; message: string; code?: string; values?: Record<string, string | number> }[];
}

/**
 * Words for the damaged-record notice, loaded only once there is a damaged record to name: the
 * notice sits on every screen, and its words would otherwise weigh on every first visit.
 */
export function damagedRecordWords(language: Language, locale: string): (record: DamagedRecord) => string {
  const own = backupMessages[language];
  const say: Say = (key, params) => format(own[key], params, locale);
  const thai = language === 'th';
  // A Thai reader gets a schema's own sentence, which may name the field in words; but a check
  // with none leaves zod's English ("Invalid input"), which only the code can put in Thai.
  const faultOf = (field: NonNullable<DamagedRecord['fields']>[number]) => {
    if (thai && THAI.test(field.message)) return field.message;
    return field.code === undefined ? say('backup.fault.invalid') : wordFault({ code: field.code, values: field.values ?? {} }, say);
  };
  return (record) => {
    const part = wordPart(record.collection, say);
    if (!record.fields?.length) return thai ? record.message : say('backup.damagedBare', { part, key: record.key });
    const fields = record.fields
      .map((field) => (field.path ? say('backup.damagedField', { field: field.path, fault: faultOf(field) }) : faultOf(field)))
      .join('; ');
    return say('backup.damaged', { part, key: record.key, fields });
  };
}
