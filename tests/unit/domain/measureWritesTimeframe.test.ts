import seed from '../../../mocks/fixtures/phok-noi-2565.json';
import { changedMeasure, newMeasure, planYear, storedTimeframe } from '../../../src/domain/measureWrites';
import type { Timeframe } from '../../../src/domain/schemas/measure';
import { timeframeSchema } from '../../../src/domain/schemas/measure';
import { importSeedDocument } from '../../../src/domain/seed';
import { parseTimeframe, type ParsedTimeframe } from '../../../src/domain/timeframe';
import { draft } from '../../contract/storeContract';
import { seedData } from '../../support/seed';

let ids = 0;
const ctx = { now: '2026-11-24T10:00:00.000Z', newId: () => `id-${++ids}`, readTimeframe: parseTimeframe };
const ym = (year: number, month: number) => ({ year, month });

const reading = (overrides: Partial<ParsedTimeframe>): ParsedTimeframe => ({
  raw: 'typed',
  start: ym(2566, 10),
  end: ym(2567, 3),
  startDay: null,
  endDay: null,
  readAsFiscalYear: null,
  warnings: [],
  notes: [],
  ...overrides,
});

describe('what is stored of a timeframe reading', () => {
  it.each<[string, Partial<ParsedTimeframe>, Timeframe]>([
    ['months alone: no days, as records before days were', {}, { raw: 'typed', start: ym(2566, 10), end: ym(2567, 3) }],
    ['days when the text named them', { startDay: 15, endDay: 15 }, { raw: 'typed', start: ym(2566, 10), startDay: 15, end: ym(2567, 3), endDay: 15 }],
    ['an open start with the deadline day', { start: null, end: ym(2567, 9), endDay: 30 }, { raw: 'typed', start: null, end: ym(2567, 9), endDay: 30 }],
    ['the plan year a year-less text was read against', { readAsFiscalYear: 2567 }, { raw: 'typed', start: ym(2566, 10), end: ym(2567, 3), readAsFiscalYear: 2567 }],
    ['nothing but the text when it was not read', { start: null, end: null, warnings: [{ code: 'no-year', message: 'x' }] }, { raw: 'typed', start: null, end: null }],
    ['a remark on a doubted reading', { notes: [{ code: 'bracket-disagrees', message: 'วงเล็บชนะ' }] }, { raw: 'typed', start: ym(2566, 10), end: ym(2567, 3), notes: ['วงเล็บชนะ'] }],
    ['no remark for the document year, which readAsFiscalYear says', { readAsFiscalYear: 2567, notes: [{ code: 'document-year', message: 'ปีของแผน' }] }, { raw: 'typed', start: ym(2566, 10), end: ym(2567, 3), readAsFiscalYear: 2567 }],
    ['no more remarks than the schema holds', { notes: ['a', 'b', 'c', 'd'].map((message) => ({ code: 'x', message })) }, { raw: 'typed', start: ym(2566, 10), end: ym(2567, 3), notes: ['a', 'b', 'c'] }],
    ['no day or year without a month to sit in', { start: null, end: null, startDay: 3, endDay: 4, readAsFiscalYear: 2567 }, { raw: 'typed', start: null, end: null }],
  ])('%s', (_what, parsed, stored) => {
    expect(storedTimeframe(reading(parsed))).toEqual(stored);
    expect(timeframeSchema.safeParse(stored).success).toBe(true);
  });
});

describe('the stored timeframe shape', () => {
  it.each<[string, Timeframe, boolean]>([
    ['a record from before days', { raw: 'ต.ค.65-ธ.ค.66', start: ym(2565, 10), end: ym(2566, 12) }, true],
    ['an unread one', { raw: 'ตลอดปี', start: null, end: null }, true],
    ['29 Feb of a leap year (2567 = 2024)', { raw: 'x', start: ym(2567, 2), startDay: 29, end: ym(2567, 3), endDay: 31 }, true],
    ['29 Feb of a common year (2566 = 2023)', { raw: 'x', start: ym(2566, 2), startDay: 29, end: ym(2566, 3) }, false],
    ['31 April', { raw: 'x', start: ym(2566, 4), end: ym(2566, 4), endDay: 31 }, false],
    ['day 0', { raw: 'x', start: ym(2566, 4), startDay: 0, end: ym(2566, 4) }, false],
    ['a day with no month to sit in', { raw: 'x', start: null, startDay: 3, end: ym(2566, 4) }, false],
    ['a fractional day', { raw: 'x', start: ym(2566, 4), end: ym(2566, 4), endDay: 1.5 }, false],
    ['a start with no end (an unread text has neither)', { raw: 'x', start: ym(2566, 4), end: null }, false],
    ['an open start, a deadline', { raw: 'x', start: null, end: ym(2566, 4) }, true],
    ['too many remarks', { raw: 'x', start: ym(2566, 4), end: ym(2566, 4), notes: ['a', 'b', 'c', 'd'] }, false],
    ['a C.E. year read against', { raw: 'x', start: ym(2566, 4), end: ym(2566, 4), readAsFiscalYear: 2023 }, false],
  ])('%s: reads %s', (_what, timeframe, valid) => {
    expect(timeframeSchema.safeParse(timeframe).success).toBe(valid);
  });
});

describe("the plan's fiscal year a year-less timeframe is read against", () => {
  const measures = seedData().measures;
  it.each<[string, number, typeof measures, string | undefined, number]>([
    ["the year most of the plan's measures start in", 2565, measures, undefined, 2566],
    ["the year after the assessment's with no measures", 2567, [], undefined, 2568],
  ])('%s', (_what, year, list, editing, expected) => {
    expect(planYear(year, list, editing)).toBe(expected);
  });

  it('leaves the edited measure out of the count', () => {
    const early = { id: 'm-early', timeframe: { raw: 'ม.ค.65', start: ym(2565, 1), end: ym(2565, 1) }, archived: false };
    expect(planYear(2565, [early])).toBe(2565);
    expect(planYear(2565, [early], 'm-early')).toBe(2566);
  });

  it('gives no vote to measures read against a plan year, so the year does not feed on itself', () => {
    const named = { id: 'm-named', timeframe: { raw: 'ต.ค.65-ธ.ค.65', start: ym(2565, 10), end: ym(2565, 12) }, archived: false };
    const yearLess = (id: string) => ({ id, timeframe: { raw: 'ม.ค.–มี.ค.', start: ym(2567, 1), end: ym(2567, 3), readAsFiscalYear: 2567 }, archived: false });
    // Two year-less measures read as 2567 would outvote the one that names its year (fiscal 2566).
    expect(planYear(2565, [named, yearLess('a'), yearLess('b')])).toBe(2566);
    // With only year-less measures, nothing names a year: the year after the assessment's.
    expect(planYear(2565, [yearLess('a'), yearLess('b')])).toBe(2566);
  });
});

describe('writing a measure reads its timeframe against the plan year the store passes', () => {
  it('reads a year-less text on create, and says which year it used', () => {
    const created = newMeasure(draft({ timeframe: 'ต.ค.–ธ.ค.' }), [], { ...ctx, fiscalYear: 2567 });
    expect(created.timeframe).toEqual({ raw: 'ต.ค.–ธ.ค.', start: ym(2566, 10), end: ym(2566, 12), readAsFiscalYear: 2567 });
  });

  it('leaves a year-less text unread when no plan year is given', () => {
    expect(newMeasure(draft({ timeframe: 'ต.ค.–ธ.ค.' }), [], ctx).timeframe).toEqual({ raw: 'ต.ค.–ธ.ค.', start: null, end: null });
  });

  it('reads a year-less text on edit, and keeps the reading when the timeframe is not edited', () => {
    const current = newMeasure(draft(), [], ctx);
    const edited = changedMeasure(current, { timeframe: 'ม.ค.–มี.ค.' }, { ...ctx, fiscalYear: 2566 });
    expect(edited.timeframe).toEqual({ raw: 'ม.ค.–มี.ค.', start: ym(2566, 1), end: ym(2566, 3), readAsFiscalYear: 2566 });
    expect(changedMeasure(edited, { title: 'ใหม่' }, ctx).timeframe).toBe(edited.timeframe);
  });

  it('ignores the plan year for a text that names its own', () => {
    expect(newMeasure(draft({ timeframe: 'ต.ค.65-ธ.ค.66' }), [], { ...ctx, fiscalYear: 2570 }).timeframe).toEqual({ raw: 'ต.ค.65-ธ.ค.66', start: ym(2565, 10), end: ym(2566, 12) });
  });
});

it('refuses to write a timeframe without the parser, rather than store it unread', () => {
  const bare = { now: ctx.now, newId: ctx.newId };
  expect(() => newMeasure(draft({ timeframe: 'ต.ค.65-ธ.ค.66' }), [], bare)).toThrow(/without the parser/);
});

describe('the seed import', () => {
  it("reads a year-less timeframe against the plan year its other measures give", () => {
    const doc = structuredClone(seed);
    const first = doc.measures[0];
    if (!first) throw new Error('fixture has no measure');
    first.timeframe = 'ม.ค.–มี.ค.';
    const imported = importSeedDocument(doc, ctx.now);
    if (!imported.ok) throw new Error('seed does not import');
    // The seed's other measures run from ต.ค.65 and ม.ค.66: fiscal 2566.
    expect(imported.data.measures[0]?.timeframe).toEqual({ raw: 'ม.ค.–มี.ค.', start: ym(2566, 1), end: ym(2566, 3), readAsFiscalYear: 2566 });
    expect(imported.timeframeWarnings).toEqual([]);
  });

  it('keeps and reports the remark when the brackets disagree with the text', () => {
    const doc = structuredClone(seed);
    const first = doc.measures[0];
    if (!first) throw new Error('fixture has no measure');
    first.timeframe = 'ไตรมาสที่ 2 (ต.ค.–ธ.ค. 2566)';
    const imported = importSeedDocument(doc, ctx.now);
    if (!imported.ok) throw new Error('seed does not import');
    const stored = imported.data.measures[0]?.timeframe;
    expect(stored).toMatchObject({ start: ym(2566, 10), end: ym(2566, 12) });
    expect(stored?.notes).toHaveLength(1);
    expect(stored?.notes?.[0]).toContain('วงเล็บ');
    expect(imported.timeframeWarnings).toEqual([{ measureId: first.id, warning: { code: 'bracket-disagrees', message: stored?.notes?.[0] } }]);
  });
});
