import { runningFromEarlierYears } from '../../../src/domain/runningMeasures';
import { progressUpdate } from '../../support/progressUpdate';
import type { Assessment } from '../../../src/domain/schemas/assessment';
import type { Measure, ProgressUpdate, Timeframe } from '../../../src/domain/schemas/measure';
import { seedData } from '../../support/seed';

const seed = seedData().assessments[0];
if (!seed) throw new Error('no assessment');
const assessment = (fiscalYear: number): Assessment => ({ ...seed, id: `asm-${fiscalYear}`, fiscalYear });
const ASSESSMENTS = [assessment(2565), assessment(2566), assessment(2567), assessment(2568)];
const at = (iso: string) => new Date(`${iso}T10:00:00`);
const TODAY = at('2024-01-15'); // in fiscal year 2567
// Runs through fiscal year 2567: ต.ค. 66 – ก.ย. 67.
const OPEN: Timeframe = { raw: 'ต.ค.66-ก.ย.67', start: { year: 2566, month: 10 }, end: { year: 2567, month: 9 } };

const measure = (id: string, fiscalYear: number, changes: Partial<Measure> = {}): Measure => ({
  id,
  assessmentId: `asm-${fiscalYear}`,
  kind: 'plan',
  order: 1,
  title: `มาตรการ ${id}`,
  description: '',
  steps: [],
  unitIds: [],
  timeframe: OPEN,
  followUp: '',
  links: { indicators: [], oItems: [], findingIds: [] },
  archived: false,
  version: 1,
  createdAt: '2022-09-01T00:00:00.000Z',
  updatedAt: '2022-09-01T00:00:00.000Z',
  ...changes,
});

const update = progressUpdate;

const ids = (measures: Measure[], latest: ProgressUpdate[] = [], beforeYear = 2567, today = TODAY) =>
  runningFromEarlierYears(ASSESSMENTS, measures, latest, beforeYear, today).map((r) => r.measure.id);

describe('measures of earlier years still running', () => {
  it.each<[string, Measure, ProgressUpdate[], boolean]>([
    ['an earlier year’s measure with no update', measure('m', 2566), [], true],
    ['one half done', measure('m', 2566), [update('m', '2023-12-01', 50)], true],
    ['one blocked', measure('m', 2566), [update('m', '2023-12-01', 50, 'blocked')], true],
    ['one overdue', measure('m', 2565, { timeframe: { raw: 'ต.ค.64-ก.ย.65', start: { year: 2564, month: 10 }, end: { year: 2565, month: 9 } } }), [], true],
    ['one with no timeframe read', measure('m', 2566, { timeframe: { raw: 'ตลอดปี', start: null, end: null } }), [], true],
    ['not one marked done', measure('m', 2566), [update('m', '2023-06-01', 90, 'done')], false],
    ['not one cancelled', measure('m', 2566), [update('m', '2023-06-01', 10, 'cancelled')], false],
    ['not one at 100 % still marked in progress', measure('m', 2566), [update('m', '2023-06-01', 100)], false],
    ['not one archived', measure('m', 2566, { archived: true }), [], false],
    ['not one of this year', measure('m', 2567), [], false],
    ['not one of a later year', measure('m', 2568), [], false],
    ['not one of an assessment not passed in', measure('m', 2560), [], false],
  ])('lists %s', (_what, m, latest, listed) => {
    expect(ids([m], latest)).toEqual(listed ? ['m'] : []);
  });

  it('lists the old measure whether or not it was carried over, beside its carried copy in this year', () => {
    const old = measure('old', 2566);
    const carried = measure('carried', 2567, { carriedFrom: 'old' });
    expect(ids([old, carried])).toEqual(['old']);
  });

  it('reads the newest of several updates given, by date then by when recorded', () => {
    const latest = [
      update('m', '2023-11-01', 100, 'done'),
      update('m', '2023-12-01', 100, 'done', '2023-12-01T08:00:00.000Z'),
      update('m', '2023-12-01', 60, 'in-progress', '2023-12-01T09:00:00.000Z'),
      update('m', '2023-10-01', 20),
    ];
    const [running] = runningFromEarlierYears(ASSESSMENTS, [measure('m', 2566)], latest, 2567, TODAY);
    expect(running?.latest).toMatchObject({ date: '2023-12-01', percent: 60 });
  });

  it('gives each its year, its latest update and its health reading', () => {
    const latest = update('m', '2023-12-01', 10);
    expect(runningFromEarlierYears(ASSESSMENTS, [measure('m', 2566)], [latest], 2567, TODAY)).toEqual([
      {
        measure: measure('m', 2566),
        fiscalYear: 2566,
        latest,
        // 106 days of 366 gone: 29 % expected, 10 % done is within 20 points.
        reading: { health: 'on-track', reason: { code: 'on-pace', percent: 10, expected: 29 } },
      },
    ]);
  });

  it('orders newest year first, then as the document does: plan, findings, driving, by number', () => {
    const measures = [
      measure('65-plan-2', 2565, { order: 2 }),
      measure('66-driving-1', 2566, { kind: 'driving', order: 1 }),
      measure('66-plan-3', 2566, { order: 3 }),
      measure('65-plan-1', 2565, { order: 1 }),
      measure('66-finding-1', 2566, { kind: 'finding', order: 1 }),
      measure('66-plan-1', 2566, { order: 1 }),
    ];
    expect(ids(measures)).toEqual(['66-plan-1', '66-plan-3', '66-finding-1', '66-driving-1', '65-plan-1', '65-plan-2']);
  });

  it.each<[string, number, string[]]>([
    ['before the first year: none', 2565, []],
    ['before 2566: only 2565', 2566, ['a']],
    ['before a year past the last: all', 2569, ['d', 'c', 'b', 'a']],
  ])('takes the years %s', (_what, beforeYear, expected) => {
    const measures = [measure('a', 2565), measure('b', 2566), measure('c', 2567), measure('d', 2568)];
    expect(ids(measures, [], beforeYear)).toEqual(expected);
  });

  it('lists nothing from nothing', () => {
    expect(runningFromEarlierYears([], [], [], 2567, TODAY)).toEqual([]);
    expect(ids([])).toEqual([]);
  });
});
