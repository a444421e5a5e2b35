import type { Fault } from '../../../src/domain/backup/faults';
import type { BackupIssue } from '../../../src/domain/backup/problems';
import { format, type Language } from '../../../src/i18n/i18n';
import { backupMessages } from '../../../src/ui/backupMessages';
import { wordBackupProblem, wordFault, wordIssues, wordPart, wordPlace, type Say } from '../../../src/ui/backupWords';
import { damagedRecordWords, type DamagedRecord } from '../../../src/ui/damagedRecordWords';

const THAI = /[\u0E00-\u0E7F]/;
const sayIn =
  (language: Language): Say =>
  (key, params) =>
    format(backupMessages[language][key], params, language === 'th' ? 'th-TH' : 'en-GB');
const en = sayIn('en');

describe('a backup fault in English, from its code and values alone', () => {
  it.each<[string, Fault, string]>([
    ['missing', { code: 'invalid_type', values: { expected: 'string', found: 'undefined' } }, 'missing; must be text'],
    ['a type alone', { code: 'invalid_type', values: { expected: 'boolean' } }, 'must be true or false'],
    ['text found', { code: 'invalid_type', values: { expected: 'number', found: 'string', foundValue: 'five' } }, 'must be a number, but is the text "five"'],
    ['a number found', { code: 'invalid_type', values: { expected: 'int', found: 'number', foundValue: '1.5' } }, 'must be a whole number, but is the number 1.5'],
    ['true found', { code: 'invalid_type', values: { expected: 'null', found: 'boolean', foundValue: 'true' } }, 'must be null, but is the value true'],
    ['a record found', { code: 'invalid_type', values: { expected: 'array', found: 'object' } }, 'must be a list, but is a set of fields'],
    ['kinds with no name of ours', { code: 'invalid_type', values: { expected: 'bigint', found: 'symbol' } }, 'must be bigint, but is symbol'],
    ['empty text', { code: 'too_small', values: { origin: 'string', minimum: 1 } }, 'must not be empty'],
    ['short text', { code: 'too_small', values: { origin: 'string', minimum: 3 } }, 'must be at least 3 characters long'],
    ['one item short', { code: 'too_small', values: { origin: 'array', minimum: 1 } }, 'must have at least 1 item'],
    ['a number below', { code: 'too_small', values: { origin: 'number', minimum: 0, inclusive: 'true' } }, 'must be at least 0'],
    ['a number not above', { code: 'too_small', values: { origin: 'number', minimum: 0, inclusive: 'false' } }, 'must be more than 0'],
    ['long text', { code: 'too_big', values: { origin: 'string', maximum: 1 } }, 'must be at most 1 character long'],
    ['too many', { code: 'too_big', values: { origin: 'array', maximum: 5 } }, 'may have at most 5 items'],
    ['a number above', { code: 'too_big', values: { origin: 'number', maximum: 100, inclusive: 'true' } }, 'must be at most 100'],
    ['a number not below', { code: 'too_big', values: { origin: 'number', maximum: 100, inclusive: 'false' } }, 'must be less than 100'],
    ['a date and time', { code: 'invalid_format', values: { format: 'datetime' } }, 'must be an ISO 8601 date and time, such as 2026-11-24T07:30:00.000Z'],
    ['a date', { code: 'invalid_format', values: { format: 'date' } }, 'must be a date written YYYY-MM-DD (C.E.)'],
    ['a link', { code: 'invalid_format', values: { format: 'url' } }, 'must be a link (URL)'],
    ['a pattern', { code: 'invalid_format', values: { format: 'regex' } }, 'is not in the expected form'],
    ['blank', { code: 'invalid_value', values: { options: '', choices: 1 } }, 'must be left empty'],
    ['one value', { code: 'invalid_value', values: { options: 'x', choices: 1 } }, 'must be x'],
    ['one of several', { code: 'invalid_value', values: { options: 'indicator, oItem', choices: 2 } }, 'must be one of: indicator, oItem'],
    [
      'forms of a union',
      { code: 'invalid_union', values: {}, either: [{ code: 'invalid_value', values: { options: '', choices: 1 } }, { code: 'invalid_format', values: { format: 'url' } }, { code: 'invalid_type', values: { expected: 'null' } }] },
      'must be left empty or must be a link (URL) or must be null',
    ],
    ['no form', { code: 'invalid_union', values: {} }, 'does not match any accepted form'],
    ['a timeframe without an end', { code: 'timeframe-start-without-end', values: {} }, 'the timeframe has a start but no end'],
    ['a day its month lacks', { code: 'day-not-in-month', values: {} }, 'that day does not exist in its month'],
    ['a repeated id', { code: 'repeated-id', values: { value: 'msr-1', first: 1 } }, 'id msr-1 is already used by record 1'],
    ['a repeated year', { code: 'repeated-year', values: { value: 2565, first: 2 } }, 'year 2565 (B.E.) is already used by record 2'],
    ['a missing assessment', { code: 'missing-reference', values: { collection: 'assessments', id: 'asm-none' } }, 'refers to assessment result asm-none, which the file does not hold'],
    ['a missing measure', { code: 'missing-reference', values: { collection: 'measures', id: 'm' } }, 'refers to measure m, which the file does not hold'],
    ['a missing unit', { code: 'missing-reference', values: { collection: 'units', id: 'u' } }, 'refers to unit u, which the file does not hold'],
    ['a reference to a part no check makes', { code: 'missing-reference', values: { collection: 'audit', id: 'a' } }, 'is not valid'],
    ['anything else', { code: 'custom', values: {} }, 'is not valid'],
  ])('%s', (_what, fault, english) => {
    expect(wordFault(fault, en)).toBe(english);
  });
});

describe('where in English', () => {
  it.each<[BackupIssue['where'], string]>([
    [{ part: 'header', field: 'exportedAt' }, 'File header, field "exportedAt"'],
    [{ part: 'data' }, 'The data set as a whole'],
    [{ part: 'data', collection: 'findings' }, 'Findings'],
    [{ part: 'data', collection: 'settings', field: 'improvementMark' }, 'Settings, field "improvementMark"'],
    [{ part: 'data', collection: 'units', index: 0 }, 'Units, record 1'],
    [{ part: 'data', collection: 'units', index: 0, field: 'id' }, 'Units, record 1, field "id"'],
    [{ part: 'data', collection: 'measures', index: 2, id: 'msr-plan-3' }, 'Measures, record 3 (id msr-plan-3)'],
    [{ part: 'data', collection: 'measures', index: 2, id: 'msr-plan-3', field: 'title' }, 'Measures, record 3 (id msr-plan-3), field "title"'],
    [{ part: 'data', collection: 'extra', field: 'x' }, 'extra, field "x"'],
  ])('%j', (where, english) => {
    expect(wordPlace(where, en)).toBe(english);
  });

  it.each(['organisation', 'settings', 'units', 'frameworks', 'assessments', 'findings', 'measures', 'progressUpdates', 'audit', 'singletons'])('names %s without Thai', (part) => {
    expect(wordPart(part, en)).not.toMatch(THAI);
  });
});

const untitled = (index: number): BackupIssue => ({
  where: { part: 'data', collection: 'measures', index, id: `msr-${index + 1}`, field: 'title' },
  code: 'too_small',
  values: { origin: 'string', minimum: 1 },
  message: 'ต้องระบุชื่อมาตรการ',
});

describe('a refusal’s details', () => {
  it.each<[string, number, Language, string]>([
    ['one fault, in English', 1, 'en', 'The file holds invalid data: Measures, record 1 (id msr-1), field "title": must not be empty.'],
    [
      'the first five and how many more, in English',
      8,
      'en',
      `The file holds invalid data: ${[1, 2, 3, 4, 5].map((n) => `Measures, record ${n} (id msr-${n}), field "title": must not be empty`).join('; ')}; and 3 more.`,
    ],
    ['in Thai, the schema’s own sentence', 1, 'th', 'ข้อมูลในไฟล์ไม่ถูกต้อง: มาตรการ รายการที่ 1 (รหัส msr-1) ช่อง "title": ต้องระบุชื่อมาตรการ'],
    ['the first five and how many more, in Thai', 6, 'th', 'และอีก 1 รายการ'],
  ])('%s', (_what, count, language, expected) => {
    const issues = Array.from({ length: count }, (_, i) => untitled(i));
    const worded = wordBackupProblem({ words: { key: 'backup.invalidRecords', values: { count } }, issues }, { say: sayIn(language), thai: language === 'th' });
    if (language === 'en') {
      expect(worded).toBe(expected);
      expect(worded).not.toMatch(THAI);
    } else expect(worded).toContain(expected);
  });

  it('lists no more than five', () => {
    const issues = Array.from({ length: 5 }, (_, i) => untitled(i));
    expect(wordIssues(issues, { say: en, thai: false })).not.toContain('more');
  });
});

describe('a damaged stored record', () => {
  const record: DamagedRecord = {
    collection: 'progressUpdates',
    key: 'upd-1',
    message: 'อ่านข้อมูลความคืบหน้า รหัส "upd-1" ไม่ได้ (percent: ร้อยละความคืบหน้าต้องไม่เกิน 100)',
    fields: [
      { path: 'percent', message: 'ร้อยละความคืบหน้าต้องไม่เกิน 100', code: 'too_big', values: { origin: 'number', maximum: 100, inclusive: 'true' } },
      { path: '', message: 'ข้อมูลไม่ถูกต้อง' },
    ],
  };

  it.each<[string, Language, DamagedRecord, string]>([
    ['in English, each field', 'en', record, 'A record of Progress updates, id "upd-1", could not be read (field "percent": must be at most 100; is not valid)'],
    ['in English, kept without its fields', 'en', { collection: 'accounts', key: 'a-1', message: 'อ่านไม่ได้' }, 'A record of accounts, id "a-1", could not be read'],
    ['in Thai, each field in the schema’s own words', 'th', record, 'อ่านข้อมูลความคืบหน้า รหัส "upd-1" ไม่ได้ (percent: ร้อยละความคืบหน้าต้องไม่เกิน 100; ข้อมูลไม่ถูกต้อง)'],
    [
      'in Thai, zod’s English put in Thai by its code',
      'th',
      { ...record, fields: [{ path: 'order', message: 'Invalid input', code: 'invalid_type', values: { expected: 'number' } }] },
      'อ่านข้อมูลความคืบหน้า รหัส "upd-1" ไม่ได้ (order: ต้องเป็นตัวเลข)',
    ],
    ['in Thai, kept without its fields: as stored', 'th', { collection: 'measures', key: 'm', message: 'อ่านข้อมูลมาตรการ รหัส "m" ไม่ได้' }, 'อ่านข้อมูลมาตรการ รหัส "m" ไม่ได้'],
  ])('%s', (_what, language, damaged, expected) => {
    expect(damagedRecordWords(language, 'en-GB')(damaged)).toBe(expected);
  });
});
