import * as z from 'zod/mini';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MIGRATIONS,
  backupFileName,
  buildBackup,
  readBackup,
  readBackupWith,
  serialiseBackup,
  type BackupDocument,
  type BackupFile,
  type BackupRead,
} from '../../../src/domain/backup';
import { notJsonMessage, parseJson, placeOfJsonError } from '../../../src/domain/backup/json';
import { issueInThai, placeInThai, placeOf } from '../../../src/domain/backup/problems';
import { thaiIssue } from '../../../src/domain/backup/thaiIssues';
import type { DataSet } from '../../../src/domain/schemas/dataSet';
import type { ProgressUpdate } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const EXPORTED = new Date('2026-11-24T07:30:00.000Z');
const ORGANISATION = 'เทศบาลตำบลพอกน้อย';
const good = () => buildBackup(seedData(), EXPORTED);
const text = (value: unknown) => JSON.stringify(value);

function problemOf(read: BackupRead) {
  if (read.ok) throw new Error('expected the file to be refused');
  return read.problem;
}

function fileOf(read: BackupRead) {
  if (!read.ok) throw new Error(read.problem.message);
  return read.file;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`nothing at ${index}`);
  return item;
}

function update(overrides: Partial<ProgressUpdate> = {}): ProgressUpdate {
  return {
    id: 'upd-1',
    measureId: 'msr-plan-1',
    date: '2023-01-15',
    authorName: 'หัวหน้าสำนักปลัด',
    unitId: 'unit-palad',
    status: 'in-progress',
    percent: 40,
    note: 'จัดทำร่างคู่มือแล้ว',
    evidenceUrl: 'https://example.go.th/evidence',
    createdAt: '2023-01-15T03:00:00.000Z',
    ...overrides,
  };
}

/** A data set changed by `change`, as the text of a backup file. */
function fileWith(change: (data: DataSet) => void): string {
  const data = seedData();
  change(data);
  return serialiseBackup(buildBackup(data, EXPORTED));
}

describe('writing a backup', () => {
  it('declares its format, version, date and whose data it holds', () => {
    expect(good()).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2026-11-24T07:30:00.000Z',
      organisationName: ORGANISATION,
    });
    expect(BACKUP_FORMAT).toBe('ita-measures-dashboard/backup');
    expect(BACKUP_VERSION).toBe(1);
  });

  it('is pretty JSON with Thai kept as Thai', () => {
    const serialised = serialiseBackup(good());
    expect(serialised.startsWith('{\n  "format": "ita-measures-dashboard/backup",\n  "version": 1,')).toBe(true);
    expect(serialised.endsWith('}\n')).toBe(true);
    expect(serialised).toContain(`"organisationName": "${ORGANISATION}"`);
    expect(serialised).not.toMatch(/\\u0e/i);
  });

  it('is named by the Buddhist Era date and local time, in plain ASCII', () => {
    expect(backupFileName(new Date(2026, 10, 4, 9, 5))).toBe('ita-backup-2569-11-04-0905.json');
    expect(backupFileName(new Date(2026, 10, 24, 14, 30))).toBe('ita-backup-2569-11-24-1430.json');
    expect(backupFileName(new Date(2026, 11, 31, 23, 59))).toMatch(/^[\x20-\x7e]+$/);
  });

  it('is named so that sorting the names sorts the backups by time', () => {
    const times = [new Date(2026, 11, 31, 23, 59), new Date(2026, 0, 9, 8, 0), new Date(2027, 0, 1, 0, 0), new Date(2026, 0, 10, 7, 0)];
    const names = times.map(backupFileName);
    const byTime = [...times].sort((a, b) => a.getTime() - b.getTime()).map(backupFileName);
    expect([...names].sort()).toEqual(byTime);
  });
});

describe('reading a backup', () => {
  it('gives back the data it was made from, Thai byte for byte', () => {
    const file = good();
    const serialised = serialiseBackup(file);
    const read = fileOf(readBackup(serialised));
    expect(read).toEqual(file);
    // Reading puts keys in the schema's order, so the text is compared from the second round on.
    const again = serialiseBackup(read);
    expect(serialiseBackup(fileOf(readBackup(again)))).toBe(again);
    const bytes = (s: string) => Array.from(new TextEncoder().encode(s));
    expect(bytes(read.data.organisation.name)).toEqual(bytes(ORGANISATION));
    expect(bytes(again).join()).toContain(bytes(`"${ORGANISATION}"`).join());
  });

  it('keeps progress updates, with or without a unit', () => {
    const serialised = fileWith((d) => d.progressUpdates.push(update(), update({ id: 'upd-2', measureId: 'msr-drive-1', unitId: null, evidenceUrl: '' })));
    expect(fileOf(readBackup(serialised)).data.progressUpdates).toHaveLength(2);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(fileOf(readBackup(`\uFEFF${serialiseBackup(good())}`))).toEqual(good());
  });

  it('accepts a hand-written local time, and gives it back in UTC', () => {
    const read = readBackup(text({ ...good(), exportedAt: '2026-11-24T14:30:00+07:00' }));
    expect(fileOf(read).exportedAt).toBe('2026-11-24T07:30:00.000Z');
  });

  it('takes the organisation name from the data, not from the header', () => {
    const headerless: Partial<BackupFile> = good();
    delete headerless.organisationName;
    expect(fileOf(readBackup(text(headerless))).organisationName).toBe(ORGANISATION);
    expect(fileOf(readBackup(text({ ...good(), organisationName: 'อื่น' }))).organisationName).toBe(ORGANISATION);
  });

  it('summarises what a restore would bring in', () => {
    const read = readBackup(
      fileWith((d) => {
        at(d.measures, 0).archived = true;
        at(d.measures, 4).archived = true;
        d.progressUpdates.push(update());
      }),
    );
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.summary).toEqual({
      organisationName: ORGANISATION,
      exportedAt: '2026-11-24T07:30:00.000Z',
      counts: { units: 2, frameworks: 2, assessments: 1, findings: 4, measures: 9, progressUpdates: 1 },
      fiscalYears: [2565],
      archivedMeasures: 2,
    });
  });

  it('lists the fiscal years newest first, once each', () => {
    const read = readBackup(
      fileWith((d) => {
        const asm = at(d.assessments, 0);
        d.assessments.push({ ...asm, id: 'asm-2564', fiscalYear: 2564 }, { ...asm, id: 'asm-2566', fiscalYear: 2566 });
      }),
    );
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.summary.fiscalYears).toEqual([2566, 2565, 2564]);
  });
});

describe('refusing a file', () => {
  it.each([
    ['an empty file', ''],
    ['only white space', '  \n\t '],
    ['only a byte-order mark', '\uFEFF'],
  ])('refuses %s as empty', (_what, input) => {
    const problem = problemOf(readBackup(input));
    expect(problem).toEqual({ code: 'empty', message: 'ไฟล์ว่างเปล่า ไม่มีข้อมูลให้กู้คืน', issues: [], words: { key: 'backup.empty', values: {} } });
  });

  it.each([
    ['text that is not JSON', 'ข้อมูลสำรอง', 'backup.notJson'],
    ['another format', '{"format": "x"}', 'backup.notOursFormat', { format: 'x' }],
    ['no header', '[]', 'backup.notOursNoHeader', {}],
    ['no version', '{"format": "ita-measures-dashboard/backup"}', 'backup.badVersion', {}],
    ['a newer version', '{"format": "ita-measures-dashboard/backup", "version": 99}', 'backup.newerVersion', { version: 99, current: 1 }],
  ])('gives the screen its words and values for %s', (_what, input, key, values?: object) => {
    const words = problemOf(readBackup(input))?.words;
    expect(words?.key).toBe(key);
    if (values) expect(words?.values).toEqual(values);
  });

  it.each([
    ['cut-off JSON', '{"format": '],
    ['a misplaced token', '{"format" 1}'],
    ['plain text', 'ข้อมูลสำรอง'],
  ])('refuses %s as not JSON', (_what, input) => {
    const problem = problemOf(readBackup(input));
    expect(problem.code).toBe('not-json');
    expect(problem.message).toContain('ไม่ใช่ไฟล์ JSON');
  });

  it.each([
    ['some other JSON', { hello: 'world' }, 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['a JSON array', [1, 2], 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['null', null, 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['a number', 42, 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['a data set without the header', seedData(), 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['an empty format', { format: '', version: 1 }, 'ไม่มีส่วนหัวของไฟล์สำรองข้อมูล'],
    ['another app’s file', { format: 'other-app/export', version: 1 }, 'ไฟล์ระบุรูปแบบเป็น "other-app/export"'],
  ])('refuses %s as not a backup', (_what, value, words) => {
    const problem = problemOf(readBackup(text(value)));
    expect(problem.code).toBe('not-backup');
    expect(problem.message).toContain('ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA');
    expect(problem.message).toContain(words);
  });

  it('refuses the seed document itself: it is not a backup', async () => {
    const seed = await import('../../../mocks/fixtures/phok-noi-2565.json');
    expect(problemOf(readBackup(text(seed.default))).code).toBe('not-backup');
  });

  it('refuses a file from a newer version, whatever else it holds', () => {
    for (const file of [{ ...good(), version: BACKUP_VERSION + 1 }, { format: BACKUP_FORMAT, version: BACKUP_VERSION + 5, content: 'อื่น' }]) {
      const problem = problemOf(readBackup(text(file)));
      expect(problem.code).toBe('newer-version');
      expect(problem.message).toContain('ไฟล์นี้สร้างโดยแอปรุ่นที่ใหม่กว่า');
      expect(problem.message).toContain(`รูปแบบไฟล์รุ่น ${file.version} แต่แอปนี้อ่านได้ถึงรุ่น ${BACKUP_VERSION}`);
      expect(problem.message).toContain('อ่านอย่างปลอดภัยไม่ได้');
    }
  });

  it.each([
    ['missing', undefined],
    ['text', '1'],
    ['zero', 0],
    ['negative', -1],
    ['a fraction', 1.5],
    ['null', null],
  ])('refuses a version that is %s', (_what, version) => {
    const problem = problemOf(readBackup(text({ ...good(), version })));
    expect(problem.code).toBe('bad-version');
    expect(problem.message).toContain('ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง');
    expect(problem.message).toContain('"version"');
  });

  it('names the record, its id and the field of each invalid value', () => {
    const file = good();
    at(file.data.measures, 2).title = '';
    file.data.settings.improvementMark = 140;
    const problem = problemOf(readBackup(text(file)));
    expect(problem.code).toBe('invalid-record');
    expect(problem.message).toContain('ข้อมูลในไฟล์ไม่ถูกต้อง');
    expect(problem.message).toContain('มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title": ต้องระบุชื่อมาตรการ');
    expect(problem.message).toContain('การตั้งค่า ช่อง "improvementMark": เกณฑ์ที่ต้องปรับปรุงต้องไม่เกิน 100');
    expect(problem.issues.map(issueInThai)).toEqual([`มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "title": ต้องระบุชื่อมาตรการ`, `การตั้งค่า ช่อง "improvementMark": เกณฑ์ที่ต้องปรับปรุงต้องไม่เกิน 100`]);
  });

  it('says in Thai what is wrong where the schema has no message of its own', () => {
    const file = good() as unknown as { data: Record<string, unknown[]> };
    const findings = file.data.findings as Record<string, unknown>[];
    const measures = file.data.measures as Record<string, unknown>[];
    at(findings, 1).title = '';
    at(findings, 2).target = { kind: 'score', indicator: 5 };
    at(measures, 0).kind = 'other';
    at(measures, 1).archived = 'no';
    file.data.progressUpdates = [update({ evidenceUrl: 'javascript:alert(1)' })];
    const problem = problemOf(readBackup(text(file)));
    expect(problem.issues.map(issueInThai)).toEqual([
      'ข้อบกพร่อง รายการที่ 2 (รหัส fnd-eit-2) ช่อง "title": ต้องไม่ว่าง',
      'ข้อบกพร่อง รายการที่ 3 (รหัส fnd-iit-1) ช่อง "target.kind": ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: indicator, oItem',
      'มาตรการ รายการที่ 1 (รหัส msr-plan-1) ช่อง "kind": ประเภทมาตรการต้องเป็น มาตรการ/แนวทาง มาตรการปรับปรุงตามข้อบกพร่อง หรือมาตรการเพื่อขับเคลื่อน',
      'มาตรการ รายการที่ 2 (รหัส msr-plan-2) ช่อง "archived": ต้องเป็นค่า true หรือ false แต่พบข้อความ "no"',
      'ความคืบหน้า รายการที่ 1 (รหัส upd-1) ช่อง "evidenceUrl": ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://',
    ]);
    expect(problem.message).not.toMatch(/invalid input|expected/i);
  });

  it('names a record without an id by its place, and a missing part by name', () => {
    const file = good() as unknown as { data: Record<string, unknown> };
    file.data.units = [{ name: 'กองช่าง' }];
    delete file.data.findings;
    file.data.organisation = 'เทศบาล';
    const problem = problemOf(readBackup(text(file)));
    expect(problem.issues.map(issueInThai)).toEqual([`ข้อมูลหน่วยงาน: ต้องเป็นชุดข้อมูล แต่พบข้อความ "เทศบาล"`, `ส่วนราชการ รายการที่ 1 ช่อง "id": ไม่มีข้อมูล ต้องเป็นข้อความ`, `ข้อบกพร่อง: ไม่มีข้อมูล ต้องเป็นรายการ`]);
  });

  it('says so when the data part is not a data set at all', () => {
    const problem = problemOf(readBackup(text({ ...good(), data: 'ไม่ใช่ข้อมูล' })));
    expect(problem.code).toBe('invalid-record');
    expect(problem.issues.map(issueInThai)).toEqual([`ข้อมูลทั้งชุด: ต้องเป็นชุดข้อมูล แต่พบข้อความ "ไม่ใช่ข้อมูล"`]);
  });

  it.each([
    ['not a date', 'เมื่อวาน'],
    ['missing', undefined],
  ])('names the header when the export time is %s', (_what, exportedAt) => {
    const problem = problemOf(readBackup(text({ ...good(), exportedAt })));
    expect(problem.code).toBe('invalid-record');
    expect(problem.message).toContain('ส่วนหัวของไฟล์ ช่อง "exportedAt": วันเวลาที่สำรองข้อมูลต้องอยู่ในรูปแบบ ISO 8601');
  });

  it('lists five problems and says how many more there are', () => {
    const file = good();
    file.data.measures.forEach((m) => (m.title = ''));
    file.data.units.forEach((u) => (u.name = ''));
    const problem = problemOf(readBackup(text(file)));
    expect(problem.issues).toHaveLength(11);
    expect(problem.message.split('; ')).toHaveLength(5);
    expect(problem.message).toMatch(/ และอีก 6 รายการ$/);
  });

  it.each<[string, (d: DataSet) => void, string]>([
    [
      'a repeated unit id',
      (d) => d.units.push({ ...at(d.units, 0), name: 'ซ้ำ' }),
      'ส่วนราชการ รายการที่ 3 (รหัส unit-palad): รหัส unit-palad ซ้ำกับรายการที่ 1',
    ],
    [
      'two frameworks for one year',
      (d) => d.frameworks.push(structuredClone(at(d.frameworks, 0))),
      `เกณฑ์การประเมิน รายการที่ 3: ปี พ.ศ. ${seedData().frameworks[0]?.fiscalYear} ซ้ำกับรายการที่ 1`,
    ],
    [
      'a repeated assessment id',
      (d) => d.assessments.push({ ...at(d.assessments, 0), fiscalYear: 2566 }),
      'ผลการประเมิน รายการที่ 2 (รหัส asm-2565): รหัส asm-2565 ซ้ำกับรายการที่ 1',
    ],
    [
      'two assessments for one year',
      (d) => d.assessments.push({ ...at(d.assessments, 0), id: 'asm-again' }),
      'ผลการประเมิน รายการที่ 2 (รหัส asm-again): ปี พ.ศ. 2565 ซ้ำกับรายการที่ 1',
    ],
    [
      'a repeated finding id',
      (d) => (at(d.findings, 3).id = 'fnd-eit-1'),
      'ข้อบกพร่อง รายการที่ 4 (รหัส fnd-eit-1): รหัส fnd-eit-1 ซ้ำกับรายการที่ 1',
    ],
    [
      'a repeated measure id',
      (d) => (at(d.measures, 1).id = 'msr-plan-1'),
      'มาตรการ รายการที่ 2 (รหัส msr-plan-1): รหัส msr-plan-1 ซ้ำกับรายการที่ 1',
    ],
    [
      'a repeated progress update id',
      (d) => d.progressUpdates.push(update(), update({ note: 'อีกครั้ง' })),
      'ความคืบหน้า รายการที่ 2 (รหัส upd-1): รหัส upd-1 ซ้ำกับรายการที่ 1',
    ],
    [
      'a finding of an assessment the file lacks',
      (d) => (at(d.findings, 0).assessmentId = 'asm-none'),
      'ข้อบกพร่อง รายการที่ 1 (รหัส fnd-eit-1) ช่อง "assessmentId": อ้างถึงผลการประเมินรหัส asm-none ซึ่งไม่มีในไฟล์',
    ],
    [
      'a finding of a unit the file lacks',
      (d) => (at(d.findings, 1).unitIds = ['unit-palad', 'unit-none']),
      'ข้อบกพร่อง รายการที่ 2 (รหัส fnd-eit-2) ช่อง "unitIds": อ้างถึงส่วนราชการรหัส unit-none ซึ่งไม่มีในไฟล์',
    ],
    [
      'a measure of an assessment the file lacks',
      (d) => (at(d.measures, 2).assessmentId = 'asm-none'),
      'มาตรการ รายการที่ 3 (รหัส msr-plan-3) ช่อง "assessmentId": อ้างถึงผลการประเมินรหัส asm-none ซึ่งไม่มีในไฟล์',
    ],
    [
      'a measure of a unit the file lacks',
      (d) => (at(d.measures, 0).unitIds = ['unit-none']),
      'มาตรการ รายการที่ 1 (รหัส msr-plan-1) ช่อง "unitIds": อ้างถึงส่วนราชการรหัส unit-none ซึ่งไม่มีในไฟล์',
    ],
    [
      'progress on a measure the file lacks',
      (d) => d.progressUpdates.push(update({ measureId: 'msr-none' })),
      'ความคืบหน้า รายการที่ 1 (รหัส upd-1) ช่อง "measureId": อ้างถึงมาตรการรหัส msr-none ซึ่งไม่มีในไฟล์',
    ],
    [
      'progress credited to a unit the file lacks',
      (d) => d.progressUpdates.push(update({ unitId: 'unit-none' })),
      'ความคืบหน้า รายการที่ 1 (รหัส upd-1) ช่อง "unitId": อ้างถึงส่วนราชการรหัส unit-none ซึ่งไม่มีในไฟล์',
    ],
  ])('refuses %s, naming the record and what is missing', (_what, change, expected) => {
    const problem = problemOf(readBackup(fileWith(change)));
    expect(problem.code).toBe('inconsistent');
    expect(problem.issues.map(issueInThai)).toEqual([expected]);
    expect(problem.message).toBe(`ข้อมูลในไฟล์อ้างถึงกันไม่ครบ: ${expected}`);
  });

  it('lists five broken references and says how many more there are', () => {
    const problem = problemOf(readBackup(fileWith((d) => d.measures.forEach((m) => (m.assessmentId = 'asm-none')))));
    expect(problem.code).toBe('inconsistent');
    expect(problem.issues).toHaveLength(9);
    expect(problem.message).toMatch(/ และอีก 4 รายการ$/);
  });
});

describe('where JSON broke', () => {
  it('reads the line and column an engine gives', () => {
    expect(placeOfJsonError("SyntaxError: Expected ',' or '}' after property value in JSON at position 14 (line 2 column 3)", '')).toEqual({ line: 2, column: 3 });
    expect(placeOfJsonError("SyntaxError: JSON.parse: expected ':' after property name in object at line 3 column 7 of the JSON data", '')).toEqual({ line: 3, column: 7 });
  });

  it('counts the line and column from a position', () => {
    const broken = '{\n  "a" 1}';
    expect(placeOfJsonError("SyntaxError: Expected ':' after property name in JSON at position 8", broken)).toEqual({ line: 2, column: 7 });
    expect(placeOfJsonError('SyntaxError: Unexpected token in JSON at position 3', '{"a"')).toEqual({ line: 1, column: 4 });
  });

  it('gives no place when the engine gives none', () => {
    expect(placeOfJsonError('SyntaxError: Unexpected end of JSON input', '{')).toBeNull();
  });

  it('parses good JSON and refuses bad JSON without throwing', () => {
    expect(parseJson('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseJson('{"a" 1}').ok).toBe(false);
  });

  it('tells the person where to look when it can', () => {
    expect(notJsonMessage({ line: 2, column: 7 })).toBe('ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้ (อ่านไม่ได้ตั้งแต่บรรทัดที่ 2 ตัวอักษรที่ 7)');
    expect(notJsonMessage(null)).toBe('ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้');
  });
});

describe('naming a place in the data', () => {
  const data = { measures: [{ id: 'msr-a' }, { id: '' }, { id: 5 }, 'ไม่ใช่รายการ'] };

  it.each<[string, PropertyKey[], unknown, string]>([
    ['the whole data set', [], data, 'ข้อมูลทั้งชุด'],
    ['a collection', ['measures'], data, 'มาตรการ'],
    ['a record', ['measures', 0], data, 'มาตรการ รายการที่ 1 (รหัส msr-a)'],
    ['a nested field', ['measures', 0, 'steps', 1, 'text'], data, 'มาตรการ รายการที่ 1 (รหัส msr-a) ช่อง "steps.1.text"'],
    ['a record with an empty id', ['measures', 1, 'id'], data, 'มาตรการ รายการที่ 2 ช่อง "id"'],
    ['a record with a numeric id', ['measures', 2], data, 'มาตรการ รายการที่ 3'],
    ['a record that is not an object', ['measures', 3], data, 'มาตรการ รายการที่ 4'],
    ['a record past the end', ['measures', 9], data, 'มาตรการ รายการที่ 10'],
    ['a collection that is not a list', ['measures', 0], { measures: 'x' }, 'มาตรการ รายการที่ 1'],
    ['data that is not an object', ['measures', 0], null, 'มาตรการ รายการที่ 1'],
    ['a field of a single record', ['organisation', 'name'], data, 'ข้อมูลหน่วยงาน ช่อง "name"'],
    ['a key that is not an index', ['measures', 'length'], data, 'มาตรการ ช่อง "length"'],
    ['an unknown part', ['extra', 'x'], data, 'extra ช่อง "x"'],
  ])('names %s', (_what, path, within, expected) => {
    expect(placeInThai(placeOf(path, within))).toBe(expected);
  });
});

describe('Thai for checks without a message of their own', () => {
  const say = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, { error: thaiIssue }).error?.issues.map((i) => i.message);

  it.each<[string, z.ZodMiniType, unknown, string]>([
    ['a missing value', z.string(), undefined, 'ไม่มีข้อมูล ต้องเป็นข้อความ'],
    ['a number for text', z.string(), 5, 'ต้องเป็นข้อความ แต่พบตัวเลข 5'],
    ['text for a number', z.number(), 'ห้า', 'ต้องเป็นตัวเลข แต่พบข้อความ "ห้า"'],
    ['long text, cut short', z.number(), 'ก'.repeat(50), `ต้องเป็นตัวเลข แต่พบข้อความ "${'ก'.repeat(40)}…"`],
    ['a fraction for a whole number', z.number().check(z.int()), 1.5, 'ต้องเป็นจำนวนเต็ม แต่พบตัวเลข 1.5'],
    ['text for true or false', z.boolean(), 'no', 'ต้องเป็นค่า true หรือ false แต่พบข้อความ "no"'],
    ['true for a number', z.number(), true, 'ต้องเป็นตัวเลข แต่พบค่า true'],
    ['null', z.number(), null, 'ต้องเป็นตัวเลข แต่พบค่าว่าง (null)'],
    ['an object for a list', z.array(z.string()), {}, 'ต้องเป็นรายการ แต่พบชุดข้อมูล'],
    ['a list for an object', z.object({}), [], 'ต้องเป็นชุดข้อมูล แต่พบรายการ'],
    ['a number for null', z.null(), 1, 'ต้องเป็นค่าว่าง (null) แต่พบตัวเลข 1'],
    ['a type with no Thai name', z.bigint(), 'x', 'ต้องเป็นbigint แต่พบข้อความ "x"'],
    ['a value of a type with no Thai name', z.number(), 10n, 'ต้องเป็นตัวเลข แต่พบbigint'],
    ['empty text', z.string().check(z.minLength(1)), '', 'ต้องไม่ว่าง'],
    ['short text', z.string().check(z.minLength(3)), 'กข', 'ต้องยาวอย่างน้อย 3 ตัวอักษร'],
    ['an empty list', z.array(z.string()).check(z.minLength(1)), [], 'ต้องมีอย่างน้อย 1 รายการ'],
    ['a number below the minimum', z.number().check(z.minimum(0)), -1, 'ต้องไม่น้อยกว่า 0'],
    ['zero where it must be positive', z.number().check(z.positive()), 0, 'ต้องมากกว่า 0'],
    ['long text', z.string().check(z.maxLength(2)), 'กขค', 'ต้องยาวไม่เกิน 2 ตัวอักษร'],
    ['a long list', z.array(z.number()).check(z.maxLength(1)), [1, 2], 'มีได้ไม่เกิน 1 รายการ'],
    ['a number above the maximum', z.number().check(z.maximum(100)), 101, 'ต้องไม่เกิน 100'],
    ['a number at an exclusive maximum', z.number().check(z.lt(10)), 10, 'ต้องน้อยกว่า 10'],
    ['a bad date and time', z.iso.datetime(), '24/11/2569', 'ต้องเป็นวันเวลาแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z'],
    ['a bad date', z.iso.date(), '24/11/2569', 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว (ค.ศ.)'],
    ['a bad link', z.url(), 'ไม่ใช่ลิงก์', 'ต้องเป็นลิงก์ (URL)'],
    ['text not matching a pattern', z.string().check(z.regex(/^O\d+$/)), 'X1', 'รูปแบบไม่ถูกต้อง'],
    ['text where it must be blank', z.literal(''), 'x', 'ต้องเว้นว่าง'],
    ['another value than the one allowed', z.literal('plan'), 'x', 'ต้องเป็น plan'],
    ['a value outside a list', z.enum(['plan', 'driving']), 'x', 'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: plan, driving'],
    [
      'an unknown kind',
      z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]),
      { kind: 'c' },
      'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: a, b',
    ],
    ['a value that fits no alternative', z.union([z.literal(''), z.url({ error: 'ลิงก์ไม่ถูกต้อง' })]), 5, 'ต้องเว้นว่าง หรือ ลิงก์ไม่ถูกต้อง'],
    ['a value that fits two exclusive alternatives', z.xor([z.string(), z.string()]), 'x', 'ไม่ตรงกับรูปแบบที่รับได้'],
    ['a failed rule', z.string().check(z.refine(() => false)), 'x', 'ข้อมูลไม่ถูกต้อง'],
  ])('says what is wrong with %s', (_what, schema, value, expected) => {
    expect(say(schema, value)).toEqual([expected]);
  });

  it('gives way to a schema’s own message', () => {
    expect(say(z.string().check(z.minLength(1, { error: 'ต้องระบุชื่อ' })), '')).toEqual(['ต้องระบุชื่อ']);
  });
});

describe('migrating an older file', () => {
  // A made-up history: in "version 1" the improvement mark sat in the header, and version 2
  // moved it into the data's settings.
  const oldFile = () => {
    const { data, ...header } = good();
    const { settings, ...rest } = data;
    return { ...header, version: 1, improvementMark: settings.improvementMark - 2, data: rest };
  };
  const toV2 = (file: BackupDocument): BackupDocument => {
    const { improvementMark, data, ...rest } = file;
    return { ...rest, data: { ...(data as object), settings: { improvementMark } } };
  };

  it('brings a file up to the current version before checking it', () => {
    const read = fileOf(readBackupWith(text(oldFile()), { 2: toV2 }, 2));
    expect(read.version).toBe(2);
    expect(read.data.settings).toEqual({ improvementMark: 88 });
    expect(read.data.measures).toEqual(good().data.measures);
  });

  it('runs every step in order, each seeing the version before it', () => {
    const seen: unknown[] = [];
    const toV3 = (file: BackupDocument): BackupDocument => {
      seen.push(file.version);
      return { ...file, exportedAt: '2026-11-24T08:00:00.000Z' };
    };
    const read = fileOf(readBackupWith(text(oldFile()), { 2: toV2, 3: toV3 }, 3));
    expect(seen).toEqual([2]);
    expect(read).toMatchObject({ version: 3, exportedAt: '2026-11-24T08:00:00.000Z' });
  });

  it('leaves a file of the current version as it is', () => {
    const migrate = vi.fn(toV2);
    const read = readBackupWith(text({ ...good(), version: 2 }), { 2: migrate }, 2);
    expect(fileOf(read).data).toEqual(good().data);
    expect(migrate).not.toHaveBeenCalled();
  });

  it('checks the migrated file like any other', () => {
    const broken = (file: BackupDocument): BackupDocument => ({ ...toV2(file), data: { ...(toV2(file).data as object), units: 'x' } });
    const problem = problemOf(readBackupWith(text(oldFile()), { 2: broken }, 2));
    expect(problem.code).toBe('invalid-record');
    expect(problem.message).toContain('ส่วนราชการ: ต้องเป็นรายการ');
  });

  it('refuses a file no migration can bring forward', () => {
    const problem = problemOf(readBackupWith(text(oldFile()), { 3: toV2 }, 3));
    expect(problem.code).toBe('bad-version');
    expect(problem.message).toContain('ไม่มีวิธีแปลงไฟล์สำรองข้อมูลรุ่น 1 เป็นรุ่น 2');
  });

  it('refuses a file a migration cannot follow, rather than throwing', () => {
    const fussy = () => {
      throw new TypeError('no improvementMark');
    };
    const problem = problemOf(readBackupWith(text(oldFile()), { 2: fussy }, 2));
    expect(problem.code).toBe('invalid-record');
    expect(problem.message).toBe('แปลงไฟล์สำรองข้อมูลรุ่น 1 เป็นรุ่น 2 ไม่สำเร็จ: ข้อมูลในไฟล์ไม่เป็นไปตามรูปแบบของรุ่น 1');
  });

  it('has a step for every version after the first, and none beyond the current one', () => {
    const versions = Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: BACKUP_VERSION - 1 }, (_, i) => i + 2));
  });
});
