import { freshResolver, planYear, type FreshRefusal, type FreshValues } from '../../../src/features/firstRun/freshForm';
import { builtInFrameworks } from '../../../src/domain/frameworks/registry';
import type { FieldError } from '../../../src/data/storeError';

// 2569 runs from 1 October 2025 (C.E.) to 30 September 2026.
const TODAY = new Date('2026-03-01T00:00:00+07:00');

describe('the first run’s year', () => {
  it.each([
    ['65', { code: 'year.format', values: {} }],
    ['2699', { code: 'year.notBegun', values: { year: 2699, current: 2569 } }],
    ['2570', { code: 'year.notBegun', values: { year: 2570, current: 2569 } }],
    ['2400', { code: 'year.format', values: {} }],
  ] as const)('%s is refused with %j', (typed, problem) => {
    expect(planYear(typed, 'org-1', [], TODAY)).toEqual({ ok: false, problem });
  });

  it('takes Thai digits and the current year', () => {
    expect(planYear('๒๕๖๕', 'org-1', [], TODAY)).toMatchObject({ ok: true, fiscalYear: 2565 });
    expect(planYear('2569', 'org-1', [], TODAY)).toMatchObject({ ok: true, fiscalYear: 2569 });
  });

  it('has no framework to copy before the first the app knows', () => {
    const first = Math.min(...builtInFrameworks().map((f) => f.fiscalYear));
    expect(planYear(String(first - 1), 'org-1', [], TODAY)).toEqual({ ok: false, problem: { code: 'year.noFramework', values: { year: first - 1 } } });
  });
});

const VALUES: FreshValues = {
  name: 'เทศบาลตำบลทดลอง',
  kind: 'เทศบาลตำบล',
  district: '',
  province: '',
  units: [{ id: 'u1', name: 'กองคลัง' }],
  year: '2565',
  how: 'type',
  scores: {},
};

/** The faults as codes, so a test reads what was refused rather than how it is said. */
const word = {
  field: (f: FieldError) => `field:${f.code ?? ''}`,
  refusal: (r: FreshRefusal) => `${r.code} ${JSON.stringify(r.values)}`,
};

async function faults(values: Partial<FreshValues>) {
  const resolve = freshResolver('org-1', [], word);
  const result = await resolve({ ...VALUES, ...values }, undefined, { fields: {}, shouldUseNativeValidation: false });
  return result.errors as Record<string, unknown>;
}

describe('the form from nothing', () => {
  it('passes what is right, the names trimmed', async () => {
    const resolve = freshResolver('org-1', [], word);
    const result = await resolve({ ...VALUES, name: ' เทศบาลตำบลทดลอง ' }, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ name: 'เทศบาลตำบลทดลอง' });
  });

  it.each([
    [{ units: [] }, { units: { type: 'too_small', message: 'units.none {}' } }],
    [{ name: '' }, { name: { type: 'too_small', message: 'field:too_small' } }],
    [{ year: '65' }, { year: { type: 'year', message: 'year.format {}' } }],
    [{ scores: { i1: '101' } }, { scores: { i1: { type: 'score', message: 'score.over100 {"score":"101"}' } } }],
    [{ scores: { i2: '8O' } }, { scores: { i2: { type: 'score', message: 'score.format {"cell":"8O"}' } } }],
    [{ scores: { i2: '' } }, {}],
  ] as [Partial<FreshValues>, Record<string, unknown>][])('%j is refused with %j', async (values, expected) => {
    expect(await faults(values)).toEqual(expected);
  });

  it('names the unit a name repeats, by its row, with the name as typed', async () => {
    const errors = await faults({ units: [{ id: 'u1', name: 'กองคลัง' }, { id: 'u2', name: ' กองคลัง ' }, { id: 'u3', name: '' }] });
    const rows = errors.units as unknown[];
    expect(rows[1]).toEqual({ name: { type: 'duplicate', message: 'unit.duplicate {"name":"กองคลัง","first":1}' } });
    expect(rows[2]).toEqual({ name: { type: 'too_small', message: 'field:too_small' } });
  });
});
