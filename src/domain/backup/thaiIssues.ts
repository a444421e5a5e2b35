import type * as z from 'zod/mini';

/**
 * Thai for the checks whose schemas carry no message of their own. Passed per parse, so a
 * schema's own message still wins, and nothing global changes for the rest of the app: without
 * it a person restoring a file would read zod's English ("Invalid input").
 */
type Issue = z.core.$ZodRawIssue;

const TYPES: Record<string, string> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  int: 'จำนวนเต็ม',
  boolean: 'ค่า true หรือ false',
  array: 'รายการ',
  object: 'ชุดข้อมูล',
  null: 'ค่าว่าง (null)',
};

const FORMATS: Record<string, string> = {
  datetime: 'ต้องเป็นวันเวลาแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z',
  date: 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว (ค.ศ.)',
  url: 'ต้องเป็นลิงก์ (URL)',
};

const SHORT = 40;

/** What was found instead, with the value when it is short enough to help find the spot. */
function found(input: unknown): string {
  if (typeof input === 'string') return `ข้อความ "${input.length > SHORT ? `${input.slice(0, SHORT)}…` : input}"`;
  if (typeof input === 'number') return `ตัวเลข ${String(input)}`;
  if (typeof input === 'boolean') return `ค่า ${String(input)}`;
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return TYPES[kind] ?? kind;
}

const oneOf = (values: readonly unknown[]) =>
  values.length === 1 ? `ต้องเป็น ${String(values[0])}` : `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${values.map(String).join(', ')}`;

function union(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  // A discriminated union names the values its key may take, and the path already points at it.
  const { options } = issue;
  if (Array.isArray(options) && options.length) return oneOf(options);
  // Each alternative's own first complaint, so both ways to mend it are named: a number where a
  // link that may be left blank belongs reads "ต้องเว้นว่าง หรือ ลิงก์หลักฐานต้องเป็น URL…".
  const firsts = new Set(issue.errors.flatMap((branch) => branch.slice(0, 1).map((i) => i.message)));
  return firsts.size ? [...firsts].join(' หรือ ') : 'ไม่ตรงกับรูปแบบที่รับได้';
}

export function thaiIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `ไม่มีข้อมูล ต้องเป็น${expected}` : `ต้องเป็น${expected} แต่พบ${found(issue.input)}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return min === '1' ? 'ต้องไม่ว่าง' : `ต้องยาวอย่างน้อย ${min} ตัวอักษร`;
      if (issue.origin === 'array') return `ต้องมีอย่างน้อย ${min} รายการ`;
      return issue.inclusive ? `ต้องไม่น้อยกว่า ${min}` : `ต้องมากกว่า ${min}`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `ต้องยาวไม่เกิน ${max} ตัวอักษร`;
      if (issue.origin === 'array') return `มีได้ไม่เกิน ${max} รายการ`;
      return issue.inclusive ? `ต้องไม่เกิน ${max}` : `ต้องน้อยกว่า ${max}`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'รูปแบบไม่ถูกต้อง';
    case 'invalid_value':
      return issue.values.length === 1 && issue.values[0] === '' ? 'ต้องเว้นว่าง' : oneOf(issue.values);
    case 'invalid_union':
      return union(issue);
    default:
      return 'ข้อมูลไม่ถูกต้อง';
  }
}
