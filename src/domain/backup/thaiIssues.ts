import type * as z from 'zod/mini';
import { faultOf, faultShape, type Fault, type FaultShape } from './faults';
import { fill } from './problems';

/**
 * Thai for the checks whose schemas carry no message of their own. Passed per parse, so a
 * schema's own message still wins, and nothing global changes for the rest of the app: without
 * it a person restoring a file would read zod's English ("Invalid input").
 */
type Issue = z.core.$ZodRawIssue;

/** Thai names of the kinds of value, as zod names them: the one place for them. */
export const TYPE_THAI: Readonly<Record<string, string>> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  int: 'จำนวนเต็ม',
  boolean: 'ค่า true หรือ false',
  array: 'รายการ',
  object: 'ชุดข้อมูล',
  null: 'ค่าว่าง (null)',
};

/** A value found where another kind belonged, with the value itself where it helps find the spot. */
export const FOUND_THAI = {
  string: 'ข้อความ "{value}"',
  number: 'ตัวเลข {value}',
  boolean: 'ค่า {value}',
} as const;

/** Thai for each fault's shape (faults.ts): the one place for it; the catalogs' Thai side reuses it. */
export const FAULT_THAI: Readonly<Record<Exclude<FaultShape, 'either' | 'repeated-id' | 'repeated-year' | 'missing-reference'>, string>> = {
  missing: 'ไม่มีข้อมูล ต้องเป็น{expected}',
  type: 'ต้องเป็น{expected}',
  wrongType: 'ต้องเป็น{expected} แต่พบ{found}',
  required: 'ต้องไม่ว่าง',
  tooShort: 'ต้องยาวอย่างน้อย {minimum} ตัวอักษร',
  tooFew: 'ต้องมีอย่างน้อย {minimum} รายการ',
  atLeast: 'ต้องไม่น้อยกว่า {minimum}',
  moreThan: 'ต้องมากกว่า {minimum}',
  tooLong: 'ต้องยาวไม่เกิน {maximum} ตัวอักษร',
  tooMany: 'มีได้ไม่เกิน {maximum} รายการ',
  atMost: 'ต้องไม่เกิน {maximum}',
  lessThan: 'ต้องน้อยกว่า {maximum}',
  datetime: 'ต้องเป็นวันเวลาแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z',
  date: 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว (ค.ศ.)',
  url: 'ต้องเป็นลิงก์ (URL)',
  format: 'รูปแบบไม่ถูกต้อง',
  empty: 'ต้องเว้นว่าง',
  oneValue: 'ต้องเป็น {options}',
  oneOf: 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {options}',
  noMatch: 'ไม่ตรงกับรูปแบบที่รับได้',
  'timeframe-start-without-end': 'ระยะเวลาดำเนินการมีวันเริ่มต้นแต่ไม่มีวันสิ้นสุด',
  'day-not-in-month': 'วันที่นี้ไม่มีอยู่จริงในเดือนนั้น',
  invalid: 'ข้อมูลไม่ถูกต้อง',
};

const typeInThai = (kind: string | number | undefined) => TYPE_THAI[String(kind)] ?? String(kind);

function foundInThai(values: Fault['values']): string {
  const { found, foundValue } = values;
  const withValue = typeof found === 'string' && Object.hasOwn(FOUND_THAI, found) ? FOUND_THAI[found as keyof typeof FOUND_THAI] : null;
  return withValue !== null && foundValue !== undefined ? fill(withValue, { value: foundValue }) : typeInThai(found);
}

/** A fault in Thai from its code and values; a union's forms joined with "หรือ". */
export function faultInThai(fault: Fault): string {
  const shape = faultShape(fault);
  if (shape === 'either') return (fault.either ?? []).map((form) => faultInThai(form)).join(' หรือ ');
  if (shape === 'repeated-id' || shape === 'repeated-year' || shape === 'missing-reference') return FAULT_THAI.invalid;
  const { values } = fault;
  return fill(FAULT_THAI[shape], { ...values, expected: typeInThai(values.expected), found: foundInThai(values) });
}

export function thaiIssue(issue: Issue): string {
  const fault = faultOf(issue as unknown as z.core.$ZodIssue, issue.input);
  // Each form's own first complaint, so both ways to mend it are named: a number where a link
  // that may be left blank belongs reads "ต้องเว้นว่าง หรือ ลิงก์หลักฐานต้องเป็น URL…".
  if (issue.code === 'invalid_union' && faultShape(fault) !== 'oneValue' && faultShape(fault) !== 'oneOf') {
    const firsts = new Set(issue.errors.flatMap((branch) => branch.slice(0, 1).map((i) => i.message)));
    return firsts.size ? [...firsts].join(' หรือ ') : FAULT_THAI.noMatch;
  }
  return faultInThai(fault);
}
