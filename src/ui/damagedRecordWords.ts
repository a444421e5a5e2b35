import { format, type Language } from '../i18n/i18n';
import { backupMessages } from './backupMessages';
import { wordFault, wordPart, type Say } from './backupWords';

/** A stored record that did not parse, as the store lists it (src/data/store.ts DataProblem). */
export interface DamagedRecord {
  collection: string;
  key: string;
  /** Thai, as stored: what a Thai reader reads. */
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
  return (record) => {
    if (language === 'th') return record.message;
    const part = wordPart(record.collection, say);
    if (!record.fields?.length) return say('backup.damagedBare', { part, key: record.key });
    const fields = record.fields
      .map((field) => {
        const fault = field.code === undefined ? say('backup.fault.invalid') : wordFault({ code: field.code, values: field.values ?? {} }, say);
        return field.path ? say('backup.damagedField', { field: field.path, fault }) : fault;
      })
      .join('; ');
    return say('backup.damaged', { part, key: record.key, fields });
  };
}
