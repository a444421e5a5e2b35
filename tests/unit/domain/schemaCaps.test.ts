import { assessmentSchema } from '../../../src/domain/schemas/assessment';
import { fieldChangeSchema } from '../../../src/domain/schemas/audit';
import { idSchema, INT4_MAX, TEXT_MAX } from '../../../src/domain/schemas/common';
import { dataSetSchema, type DataSet } from '../../../src/domain/schemas/dataSet';
import { findingSchema } from '../../../src/domain/schemas/finding';
import { frameworkSchema } from '../../../src/domain/schemas/framework';
import { measureSchema, progressUpdateSchema } from '../../../src/domain/schemas/measure';
import { measureInputSchema, progressInputSchema } from '../../../src/domain/schemas/measureInput';
import { organisationSchema, unitSchema } from '../../../src/domain/schemas/organisation';
import { seedDocumentSchema } from '../../../src/domain/schemas/seedDocument';
import { fieldErrorsOf } from '../../../src/data/storeError';
import seedDocument from '../../../mocks/fixtures/phok-noi-2565.json';
import { bigDataSet } from '../../support/bigDataSet';
import { seedData } from '../../support/seed';

// Every text field has a cap, in Thai, the same in the browser's forms as at the server; the
// seed document and the benchmark's large data set fit under every one of them.
const data: DataSet = seedData();
const set = <T>(value: T, path: string, replacement: unknown): T => {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = replacement;
  return copy as T;
};
const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const parsed = schema.safeParse(value);
  // Where and what, in Thai; the code and values the screens word are checked in errorWords.test.ts.
  return parsed.success ? [] : fieldErrorsOf(parsed.error as never).map(({ path, message }) => ({ path, message }));
};
const long = (n: number) => 'ก'.repeat(n);

const measure = data.measures[0];
const finding = data.findings[0];
const assessment = data.assessments[0];
const framework = data.frameworks[0];
const update = { id: 'prg-1', measureId: 'msr-plan-1', date: '2026-11-20', authorName: 'ผู้ทดสอบ', unitId: null, status: 'in-progress', percent: 10, note: '', evidenceUrl: '', createdAt: '2026-11-20T00:00:00.000Z' };
const input = { assessmentId: 'asm-2565', kind: 'plan', title: 'ทดสอบ', description: '', steps: [], unitIds: ['unit-finance'], timeframe: '', followUp: '', links: { indicators: [], oItems: [], findingIds: [] } };

// [schema, a valid record, the field, its cap, the message]
const CAPS: [string, { safeParse: (v: unknown) => { success: boolean } }, unknown, string, number, string][] = [
  ['organisation', organisationSchema, data.organisation, 'name', TEXT_MAX.name, 'ชื่อยาวเกิน 200 ตัวอักษร'],
  ['organisation', organisationSchema, data.organisation, 'province', TEXT_MAX.name, 'จังหวัดยาวเกิน 200 ตัวอักษร'],
  ['unit', unitSchema, data.units[0], 'name', TEXT_MAX.name, 'ชื่อยาวเกิน 200 ตัวอักษร'],
  ['unit', unitSchema, data.units[0], 'id', TEXT_MAX.id, 'รหัสยาวเกิน 200 ตัวอักษร'],
  ['measure', measureSchema, measure, 'title', TEXT_MAX.title, 'ชื่อมาตรการยาวเกิน 1,000 ตัวอักษร'],
  ['measure', measureSchema, measure, 'description', TEXT_MAX.text, 'คำอธิบายยาวเกิน 20,000 ตัวอักษร'],
  ['measure', measureSchema, measure, 'timeframe.raw', TEXT_MAX.title, 'ระยะเวลาดำเนินการยาวเกิน 1,000 ตัวอักษร'],
  ['progress', progressUpdateSchema, update, 'note', TEXT_MAX.text, 'ผลการดำเนินงานยาวเกิน 20,000 ตัวอักษร'],
  ['progress', progressUpdateSchema, update, 'authorName', TEXT_MAX.name, 'ชื่อผู้รายงานยาวเกิน 200 ตัวอักษร'],
  ['finding', findingSchema, finding, 'analysis', TEXT_MAX.text, 'ผลการวิเคราะห์ยาวเกิน 20,000 ตัวอักษร'],
  ['finding', findingSchema, finding, 'group', TEXT_MAX.name, 'กลุ่มยาวเกิน 200 ตัวอักษร'],
  ['assessment', assessmentSchema, assessment, 'overview', TEXT_MAX.text, 'บทสรุปยาวเกิน 20,000 ตัวอักษร'],
  ['assessment', assessmentSchema, assessment, 'source', TEXT_MAX.title, 'ที่มายาวเกิน 1,000 ตัวอักษร'],
  ['framework', frameworkSchema, framework, 'name', TEXT_MAX.name, 'ชื่อเกณฑ์ยาวเกิน 200 ตัวอักษร'],
  ['framework', frameworkSchema, framework, 'instruments.0.indicators.0.nameEn', TEXT_MAX.name, 'ชื่อตัวชี้วัดภาษาอังกฤษยาวเกิน 200 ตัวอักษร'],
  ['measure input', measureInputSchema, input, 'followUp', TEXT_MAX.text, 'การติดตามผลยาวเกิน 20,000 ตัวอักษร'],
  ['progress input', progressInputSchema, { date: '2026-11-20', status: 'done', percent: 100, note: '', evidenceUrl: '' }, 'note', TEXT_MAX.text, 'ผลการดำเนินงานยาวเกิน 20,000 ตัวอักษร'],
  ['audit change', fieldChangeSchema, { field: 'title', from: '', to: '' }, 'to', TEXT_MAX.auditText, 'ค่าใหม่ยาวเกิน 300,000 ตัวอักษร'],
];

describe.each(CAPS)('%s.%s', (_name, schema, record, path, max, message) => {
  it(`takes ${max} characters and refuses ${max + 1}, in Thai, naming the field`, () => {
    expect(errorsOf(schema, set(record, path, long(max)))).toEqual([]);
    expect(errorsOf(schema, set(record, path, long(max + 1)))).toEqual([{ path, message }]);
  });
});

it('refuses integers no database column holds: a version, an order, a count', () => {
  expect(errorsOf(measureSchema, { ...measure, version: INT4_MAX })).toEqual([]);
  expect(errorsOf(measureSchema, { ...measure, version: INT4_MAX + 1 })).toEqual([{ path: 'version', message: 'ฉบับของมาตรการเกินกว่าที่มีได้' }]);
  expect(errorsOf(findingSchema, { ...finding, order: INT4_MAX + 1 }).map((e) => e.path)).toEqual(['order']);
  expect(errorsOf(assessmentSchema, { ...assessment, reportedPassCount: { passed: INT4_MAX + 1, failed: 0 } }).map((e) => e.path)).toEqual(['reportedPassCount.passed']);
  expect(errorsOf(measureInputSchema, { ...input, links: { ...input.links, indicators: [100] } })).toEqual([{ path: 'links.indicators.0', message: 'ตัวชี้วัดต้องไม่เกิน 99' }]);
  expect(errorsOf(frameworkSchema, set(framework, 'instruments.0.weight', 101))).toEqual([{ path: 'instruments.0.weight', message: 'น้ำหนักต้องไม่เกิน 100' }]);
});

it('refuses an id longer than 200 characters', () => {
  expect(idSchema.safeParse('x'.repeat(200)).success).toBe(true);
  expect(errorsOf(idSchema, 'x'.repeat(201))).toEqual([{ path: '', message: 'รหัสยาวเกิน 200 ตัวอักษร' }]);
});

it('fits the seed document and the benchmark’s ten years of a large agency', () => {
  expect(errorsOf(seedDocumentSchema, seedDocument)).toEqual([]);
  expect(errorsOf(dataSetSchema, data)).toEqual([]);
  expect(errorsOf(dataSetSchema, bigDataSet({ years: 3, units: 40, measures: 300, updates: 1_000, longHistory: 100 }))).toEqual([]);
});
