import { DATA_NAMES, fill } from './names';

/** The stores' names for what they keep: the backup's parts, and the records kept singly. */
export const RECORD_NAMES = { ...DATA_NAMES, singletons: 'ข้อมูลหน่วยงานและการตั้งค่า' } as const;

export const recordsInThai = (collection: string): string => (Object.hasOwn(RECORD_NAMES, collection) ? RECORD_NAMES[collection as keyof typeof RECORD_NAMES] : collection);

/** Thai for a stored record that does not parse: the one place for it (the catalogs' Thai side reuses it). */
export const DAMAGED_THAI = {
  fields: 'อ่านข้อมูล{part} รหัส "{key}" ไม่ได้ ({fields})',
  /** Where only the sentence was kept (found before the fields were), or nothing parsed at all. */
  bare: 'อ่านข้อมูล{part} รหัส "{key}" ไม่ได้',
  field: '{field}: {fault}',
} as const;

/** A damaged record in Thai: which, and each field's fault, as stored for the API and the server's log. */
export function damagedInThai(collection: string, key: string, fields: readonly { path: string; message: string }[]): string {
  const list = fields.map((f) => (f.path ? fill(DAMAGED_THAI.field, { field: f.path, fault: f.message }) : f.message)).join('; ');
  return fill(DAMAGED_THAI.fields, { part: recordsInThai(collection), key, fields: list });
}
