import * as z from 'zod/mini';
import { readBackup, buildBackup, serialiseBackup, type BackupRead } from '../../../src/domain/backup';
import { faultOf, faultShape, kindOf, valueAt, type Fault } from '../../../src/domain/backup/faults';
import { placeInThai, placeOf, placeShape, type BackupWhere } from '../../../src/domain/backup/problems';
import { damagedInThai, recordsInThai } from '../../../src/domain/backup/records';
import { referenceInThai } from '../../../src/domain/backup/references';
import { faultInThai } from '../../../src/domain/backup/thaiIssues';
import type { DataSet } from '../../../src/domain/schemas/dataSet';
import { seedData } from '../../support/seed';

const issueOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was meant to be refused');
  return parsed.error.issues[0] as z.core.$ZodIssue;
};

function problemOf(read: BackupRead) {
  if (read.ok) throw new Error('expected the file to be refused');
  return read.problem;
}

const fileWith = (change: (data: DataSet) => void) => {
  const data = seedData();
  change(data);
  return serialiseBackup(buildBackup(data, new Date('2026-11-24T07:30:00.000Z')));
};

describe('where a fault is, as data', () => {
  const data = { measures: [{ id: 'msr-a' }, { id: '' }, 'not a record'] };

  it.each<[string, PropertyKey[], BackupWhere]>([
    ['the whole data set', [], { part: 'data' }],
    ['a part', ['organisation'], { part: 'data', collection: 'organisation' }],
    ['a part’s field', ['settings', 'improvementMark'], { part: 'data', collection: 'settings', field: 'improvementMark' }],
    ['a record with its id', ['measures', 0], { part: 'data', collection: 'measures', index: 0, id: 'msr-a' }],
    ['a record’s nested field', ['measures', 0, 'steps', 1, 'text'], { part: 'data', collection: 'measures', index: 0, id: 'msr-a', field: 'steps.1.text' }],
    ['a record with an empty id', ['measures', 1, 'id'], { part: 'data', collection: 'measures', index: 1, field: 'id' }],
    ['a record that is not one', ['measures', 2], { part: 'data', collection: 'measures', index: 2 }],
  ])('%s', (_what, path, expected) => {
    expect(placeOf(path, data)).toEqual(expected);
  });

  it.each<[BackupWhere, string, Record<string, string | number>]>([
    [{ part: 'header', field: 'exportedAt' }, 'header', { field: 'exportedAt' }],
    [{ part: 'data' }, 'all', {}],
    [{ part: 'data', collection: 'units' }, 'part', {}],
    [{ part: 'data', collection: 'settings', field: 'x' }, 'partField', { field: 'x' }],
    [{ part: 'data', collection: 'units', index: 0 }, 'record', { number: 1 }],
    [{ part: 'data', collection: 'units', index: 0, field: 'name' }, 'recordField', { number: 1, field: 'name' }],
    [{ part: 'data', collection: 'units', index: 4, id: 'u' }, 'recordId', { number: 5, id: 'u' }],
    [{ part: 'data', collection: 'units', index: 4, id: 'u', field: 'name' }, 'recordIdField', { number: 5, id: 'u', field: 'name' }],
  ])('takes the sentence its shape needs: %j is %s', (where, shape, values) => {
    expect(placeShape(where)).toEqual({ shape, values });
  });

  it('names the header in Thai with its field', () => {
    expect(placeInThai({ part: 'header', field: 'exportedAt' })).toBe('ส่วนหัวของไฟล์ ช่อง "exportedAt"');
  });
});

describe('what is wrong, as a code and values', () => {
  it.each<[string, z.ZodMiniType, unknown, Fault]>([
    ['missing', z.object({ a: z.string() }), {}, { code: 'invalid_type', values: { expected: 'string', found: 'undefined' } }],
    ['long text where a number belongs, cut short', z.number(), 'ก'.repeat(50), { code: 'invalid_type', values: { expected: 'number', found: 'string', foundValue: `${'ก'.repeat(40)}…` } }],
    ['a number where text belongs', z.string(), 5, { code: 'invalid_type', values: { expected: 'string', found: 'number', foundValue: '5' } }],
    ['true where a number belongs', z.number(), true, { code: 'invalid_type', values: { expected: 'number', found: 'boolean', foundValue: 'true' } }],
    ['a list where a record belongs', z.object({}), [], { code: 'invalid_type', values: { expected: 'object', found: 'array' } }],
    ['a value not among the choices', z.enum(['a', 'b']), 'c', { code: 'invalid_value', values: { options: 'a, b', choices: 2 } }],
    ['a key of a discriminated union', z.discriminatedUnion('kind', [z.object({ kind: z.literal('x') }), z.object({ kind: z.literal('y') })]), { kind: 'z' }, { code: 'invalid_union', values: { options: 'x, y', choices: 2 } }],
    [
      'a union’s forms, each once',
      z.union([z.literal(''), z.object({ x: z.string() }), z.object({ x: z.string(), y: z.number() })]),
      { x: 5 },
      {
        code: 'invalid_union',
        values: {},
        either: [
          { code: 'invalid_value', values: { options: '', choices: 1 } },
          { code: 'invalid_type', values: { expected: 'string', found: 'number', foundValue: '5' } },
        ],
      },
    ],
    ['a union matched twice', z.xor([z.string(), z.string()]), 'a', { code: 'invalid_union', values: { inclusive: 'false' } }],
    ['a limit', z.string().check(z.maxLength(2)), 'abc', { code: 'too_big', values: { maximum: 2, origin: 'string', inclusive: 'true' } }],
  ])('%s', (_what, schema, input, expected) => {
    const issue = issueOf(schema, input);
    expect(faultOf(issue, valueAt(input, issue.path))).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['array', []],
    ['object', {}],
    ['string', ''],
    ['undefined', undefined],
  ])('calls the kind of value found %s', (kind, value) => {
    expect(kindOf(value)).toBe(kind);
  });

  it('finds the value a path leads to, and nothing where it leads nowhere', () => {
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: 'text' }, ['a', 'b'])).toBeUndefined();
  });
});

describe('which sentence a fault takes, and its Thai', () => {
  it.each<[string, Fault, string, string]>([
    ['missing', { code: 'invalid_type', values: { expected: 'string', found: 'undefined' } }, 'missing', 'ไม่มีข้อมูล ต้องเป็นข้อความ'],
    ['a type alone (a stored record keeps no found value)', { code: 'invalid_type', values: { expected: 'boolean' } }, 'type', 'ต้องเป็นค่า true หรือ false'],
    ['a wrong type with its value', { code: 'invalid_type', values: { expected: 'number', found: 'string', foundValue: 'ห้า' } }, 'wrongType', 'ต้องเป็นตัวเลข แต่พบข้อความ "ห้า"'],
    ['a wrong type without a value', { code: 'invalid_type', values: { expected: 'array', found: 'object' } }, 'wrongType', 'ต้องเป็นรายการ แต่พบชุดข้อมูล'],
    ['a kind with no Thai name', { code: 'invalid_type', values: { expected: 'bigint', found: 'symbol' } }, 'wrongType', 'ต้องเป็นbigint แต่พบsymbol'],
    ['empty text', { code: 'too_small', values: { origin: 'string', minimum: 1 } }, 'required', 'ต้องไม่ว่าง'],
    ['short text', { code: 'too_small', values: { origin: 'string', minimum: 3 } }, 'tooShort', 'ต้องยาวอย่างน้อย 3 ตัวอักษร'],
    ['too few items', { code: 'too_small', values: { origin: 'array', minimum: 1 } }, 'tooFew', 'ต้องมีอย่างน้อย 1 รายการ'],
    ['too few in a set', { code: 'too_small', values: { origin: 'set', minimum: 2 } }, 'tooFew', 'ต้องมีอย่างน้อย 2 รายการ'],
    ['a number below', { code: 'too_small', values: { origin: 'number', minimum: 0, inclusive: 'true' } }, 'atLeast', 'ต้องไม่น้อยกว่า 0'],
    ['a number not above', { code: 'too_small', values: { origin: 'number', minimum: 0, inclusive: 'false' } }, 'moreThan', 'ต้องมากกว่า 0'],
    ['long text', { code: 'too_big', values: { origin: 'string', maximum: 9 } }, 'tooLong', 'ต้องยาวไม่เกิน 9 ตัวอักษร'],
    ['too many items', { code: 'too_big', values: { origin: 'array', maximum: 9 } }, 'tooMany', 'มีได้ไม่เกิน 9 รายการ'],
    ['a number above', { code: 'too_big', values: { origin: 'number', maximum: 100, inclusive: 'true' } }, 'atMost', 'ต้องไม่เกิน 100'],
    ['a number not below', { code: 'too_big', values: { origin: 'number', maximum: 100, inclusive: 'false' } }, 'lessThan', 'ต้องน้อยกว่า 100'],
    ['a date and time', { code: 'invalid_format', values: { format: 'datetime' } }, 'datetime', 'ต้องเป็นวันเวลาแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z'],
    ['a date', { code: 'invalid_format', values: { format: 'date' } }, 'date', 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว (ค.ศ.)'],
    ['a link', { code: 'invalid_format', values: { format: 'url' } }, 'url', 'ต้องเป็นลิงก์ (URL)'],
    ['another format', { code: 'invalid_format', values: { format: 'regex' } }, 'format', 'รูปแบบไม่ถูกต้อง'],
    ['blank only', { code: 'invalid_value', values: { options: '', choices: 1 } }, 'empty', 'ต้องเว้นว่าง'],
    ['one value', { code: 'invalid_value', values: { options: 'x', choices: 1 } }, 'oneValue', 'ต้องเป็น x'],
    ['one of several', { code: 'invalid_value', values: { options: 'x, y', choices: 2 } }, 'oneOf', 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: x, y'],
    ['a choice with no options kept', { code: 'invalid_value', values: {} }, 'invalid', 'ข้อมูลไม่ถูกต้อง'],
    ['a union’s key', { code: 'invalid_union', values: { options: 'x, y', choices: 2 } }, 'oneOf', 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: x, y'],
    ['a union’s forms', { code: 'invalid_union', values: {}, either: [{ code: 'invalid_value', values: { options: '', choices: 1 } }, { code: 'invalid_format', values: { format: 'url' } }] }, 'either', 'ต้องเว้นว่าง หรือ ต้องเป็นลิงก์ (URL)'],
    ['a union with no forms', { code: 'invalid_union', values: {} }, 'noMatch', 'ไม่ตรงกับรูปแบบที่รับได้'],
    ['a union’s forms that are missing', { code: 'invalid_union', values: {}, either: [] }, 'noMatch', 'ไม่ตรงกับรูปแบบที่รับได้'],
    ['a check’s own code', { code: 'day-not-in-month', values: {} }, 'day-not-in-month', 'วันที่นี้ไม่มีอยู่จริงในเดือนนั้น'],
    ['a reference check (worded by referenceInThai)', { code: 'missing-reference', values: { collection: 'units', id: 'u' } }, 'missing-reference', 'ข้อมูลไม่ถูกต้อง'],
    ['anything else', { code: 'not_multiple_of', values: { divisor: 5 } }, 'invalid', 'ข้อมูลไม่ถูกต้อง'],
  ])('%s', (_what, fault, shape, thai) => {
    expect(faultShape(fault)).toBe(shape);
    expect(faultInThai(fault)).toBe(thai);
  });
});

describe('faults between records, as codes', () => {
  it.each<[string, Parameters<typeof referenceInThai>, string]>([
    ['a repeated id', ['repeated-id', { value: 'u-1', first: 1 }], 'รหัส u-1 ซ้ำกับรายการที่ 1'],
    ['a repeated year', ['repeated-year', { value: 2565, first: 2 }], 'ปี พ.ศ. 2565 ซ้ำกับรายการที่ 2'],
    ['a missing record, its part named in Thai', ['missing-reference', { collection: 'measures', id: 'm' }], 'อ้างถึงมาตรการรหัส m ซึ่งไม่มีในไฟล์'],
    ['a part the data set lacks, as named', ['missing-reference', { collection: 'elsewhere', id: 'm' }], 'อ้างถึงelsewhereรหัส m ซึ่งไม่มีในไฟล์'],
    ['no part at all', ['missing-reference', { id: 'm' }], 'อ้างถึง{collection}รหัส m ซึ่งไม่มีในไฟล์'],
  ])('%s', (_what, [code, values], thai) => {
    expect(referenceInThai(code, values)).toBe(thai);
  });

  it('says where and what for a missing reference and a repeated year', () => {
    const problem = problemOf(
      readBackup(
        fileWith((d) => {
          (d.measures[0] as DataSet['measures'][number]).assessmentId = 'asm-none';
          d.assessments.push({ ...(d.assessments[0] as DataSet['assessments'][number]), id: 'asm-again' });
        }),
      ),
    );
    expect(problem.words).toEqual({ key: 'backup.inconsistent', values: { count: 2 } });
    expect(problem.issues.map(({ where, code, values }) => ({ where, code, values }))).toEqual([
      { where: { part: 'data', collection: 'assessments', index: 1, id: 'asm-again' }, code: 'repeated-year', values: { value: 2565, first: 1 } },
      { where: { part: 'data', collection: 'measures', index: 0, id: 'msr-plan-1', field: 'assessmentId' }, code: 'missing-reference', values: { collection: 'assessments', id: 'asm-none' } },
    ]);
  });
});

describe('a file’s invalid records, as codes', () => {
  it('keeps where, the code and values, and the Thai sentence of each', () => {
    const file = JSON.parse(fileWith((d) => ((d.measures[2] as DataSet['measures'][number]).title = ''))) as Record<string, unknown>;
    file.exportedAt = 'เมื่อวาน';
    const problem = problemOf(readBackup(JSON.stringify(file)));
    expect(problem.words).toEqual({ key: 'backup.invalidRecords', values: { count: 2 } });
    expect(problem.issues).toEqual([
      { where: { part: 'header', field: 'exportedAt' }, code: 'invalid_format', values: { format: 'datetime', origin: 'string' }, message: 'วันเวลาที่สำรองข้อมูลต้องอยู่ในรูปแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z' },
      { where: { part: 'data', collection: 'measures', index: 2, id: 'msr-plan-3', field: 'title' }, code: 'too_small', values: { minimum: 1, origin: 'string', inclusive: 'true' }, message: 'ต้องระบุชื่อมาตรการ' },
    ]);
  });
});

describe('a damaged stored record in Thai', () => {
  it.each<[string, string, { path: string; message: string }[], string]>([
    ['fields named', 'measures', [{ path: 'title', message: 'ต้องระบุชื่อมาตรการ' }, { path: '', message: 'ต้องเป็นชุดข้อมูล' }], 'อ่านข้อมูลมาตรการ รหัส "m-1" ไม่ได้ (title: ต้องระบุชื่อมาตรการ; ต้องเป็นชุดข้อมูล)'],
    ['the records kept singly', 'singletons', [{ path: 'name', message: 'ต้องไม่ว่าง' }], 'อ่านข้อมูลข้อมูลหน่วยงานและการตั้งค่า รหัส "m-1" ไม่ได้ (name: ต้องไม่ว่าง)'],
  ])('%s', (_what, collection, fields, thai) => {
    expect(damagedInThai(collection, 'm-1', fields)).toBe(thai);
  });

  it('names a store the backup does not have as the store names itself', () => {
    expect(recordsInThai('accounts')).toBe('accounts');
  });
});
