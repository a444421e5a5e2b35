import { describe, expect, it } from 'vitest';
import { healthOf } from '../../../src/domain/measureHealth';
import type { Measure } from '../../../src/domain/schemas/measure';
import type { Unit } from '../../../src/domain/schemas/organisation';
import { activeFilters, applyFilters, clearedFilters, listQuery, unitAliasesOf, unitNameMap, unitNamesOf, type ActiveFilter, type Filters, type MeasureRow } from '../../../src/features/measures/measureFilters';
import { bigDataSet } from '../../support/bigDataSet';

describe('a measure’s unit names', () => {
  const data = bigDataSet({ years: 1, units: 3, measures: 4, updates: 4, longHistory: 1 });
  const names = unitNameMap(data.units);

  it.each([
    { unitIds: ['bench-unit-2', 'bench-unit-1'], expected: ['กองคลัง', 'สำนักปลัด'] },
    { unitIds: [], expected: [] },
    // A unit since deleted still names the measure's owner, by its id.
    { unitIds: ['bench-unit-1', 'gone'], expected: ['สำนักปลัด', 'gone'] },
  ])('$unitIds → $expected', ({ unitIds, expected }) => {
    const [measure] = data.measures;
    if (!measure) throw new Error('the data set has no measure');
    expect(unitNamesOf({ ...measure, unitIds }, names)).toEqual(expected);
  });
});

describe('the measures search', () => {
  const data = bigDataSet({ years: 1, units: 3, measures: 2, updates: 0, longHistory: 0 });
  const units: Unit[] = [
    { id: 'u-palad', name: 'สำนักปลัดเทศบาล', aliases: ['สป.'] },
    { id: 'u-chang', name: 'กองช่าง', aliases: ['กช.'] },
    { id: 'u-klang', name: 'กองคลัง', aliases: [] },
  ];
  const names = unitNameMap(units);
  const [first, second] = data.measures;
  if (!first || !second) throw new Error('the data set has too few measures');
  const rowOf = (measure: Measure): MeasureRow => ({
    measure,
    latest: null,
    status: 'not-started',
    health: healthOf(measure.timeframe, null, new Date('2026-01-01')),
    unitNames: unitNamesOf(measure, names),
    unitAliases: unitAliasesOf(measure, names),
    links: [],
    freshness: 'not-expected',
    lastMeeting: null,
  });
  const rows = [
    rowOf({ ...first, title: 'ซ่อมถนนตามแผน ปี ๒๕๖๖', description: '', followUp: '', steps: [], unitIds: ['u-chang'] }),
    rowOf({ ...second, title: 'เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567', description: '', followUp: '', steps: [], unitIds: ['u-palad', 'u-klang'] }),
    // Texts that hold a short form's letters once its dots are gone
    rowOf({ ...second, id: 'm-words', title: 'ส่งเสริมความร่วมมือภาคเอกชนตามหลักคุณธรรม', description: '', followUp: '', steps: [], unitIds: ['u-klang'] }),
  ];
  const filters: Filters = { unit: null, status: null, health: null, link: null, fresh: null, q: '' };

  it.each([
    { q: 'กช.', found: ['ซ่อมถนนตามแผน ปี ๒๕๖๖'] },
    { q: 'ก.ช.', found: ['ซ่อมถนนตามแผน ปี ๒๕๖๖'] },
    { q: 'กช', found: ['ซ่อมถนนตามแผน ปี ๒๕๖๖'] },
    { q: 'กองช่าง', found: ['ซ่อมถนนตามแผน ปี ๒๕๖๖'] },
    { q: 'สำนักปลัดฯ', found: ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567'] },
    { q: 'สป.', found: ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567'] },
    { q: '2566', found: ['ซ่อมถนนตามแผน ปี ๒๕๖๖'] },
    { q: '๒๕๖๗', found: ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567'] },
    { q: 'กช. 2567', found: [] },
    { q: 'กองคลัง', found: ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567', 'ส่งเสริมความร่วมมือภาคเอกชนตามหลักคุณธรรม'] },
    // A unit's short form is that unit, not letters somewhere in a text
    { q: 'ม.ค.', found: [] },
    { q: 'ก.ค.', found: [] },
    { q: 'ส.ป.', found: ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง 2567'] },
    // An alias is a whole name: ส is not สป.
    { q: 'ป.', found: [] },
    { q: 'ภาคเอกชน', found: ['ส่งเสริมความร่วมมือภาคเอกชนตามหลักคุณธรรม'] },
    { q: 'ฯ', found: [] },
  ])('“$q” finds $found', ({ q, found }) => {
    expect(applyFilters(rows, { ...filters, q }).map((r) => r.measure.title)).toEqual(found);
  });

  it('shows the unit’s name, not its short form', () => {
    expect(rows[0]?.unitNames).toEqual(['กองช่าง']);
    expect(unitAliasesOf({ ...first, unitIds: ['u-chang', 'gone'] }, names)).toEqual(['กช.']);
  });
});

describe('the filters in use', () => {
  const none: Filters = { unit: null, status: null, health: null, link: null, fresh: null, q: '' };
  it.each<[string, Filters, boolean, boolean, ActiveFilter[]]>([
    ['nothing chosen', none, false, false, []],
    ['only words searched: the box says them', { ...none, q: 'จัดซื้อ' }, false, false, []],
    ['a head’s own unit, in force with nothing chosen', { ...none, unit: 'u-klang' }, false, true, [{ name: 'unit', value: 'u-klang', byDefault: true }]],
    ['a unit chosen', { ...none, unit: 'u-klang' }, false, false, [{ name: 'unit', value: 'u-klang', byDefault: false }]],
    [
      'every filter, in the panel’s order',
      { unit: 'u-chang', status: 'done', health: 'overdue', link: 'i5', fresh: 'stale', q: '' },
      true,
      false,
      [
        { name: 'unit', value: 'u-chang', byDefault: false },
        { name: 'status', value: 'done' },
        { name: 'health', value: 'overdue' },
        { name: 'link', value: 'i5' },
        { name: 'fresh', value: 'stale' },
        { name: 'archived' },
      ],
    ],
  ])('%s', (_what, filters, archived, unitByDefault, expected) => {
    expect(activeFilters(filters, archived, unitByDefault)).toEqual(expected);
  });

  it.each([
    ['year=2565&unit=u-klang&status=done&health=overdue&link=i5&fresh=stale&archived=1&q=x&lang=en', false, 'year=2565&q=x&lang=en'],
    // No unit in the URL would put a head back on their own unit: "all" is written out.
    ['year=2565&status=done', true, 'year=2565&unit=all'],
    ['unit=u-klang', true, 'unit=all'],
  ])('clearing %s (own unit: %s) leaves %s', (from, keepsToOwnUnit, to) => {
    expect(clearedFilters(new URLSearchParams(from), keepsToOwnUnit).toString()).toBe(to);
  });
});

describe('listQuery', () => {
  it.each([
    ['unit=u1&q=x&lang=en', 'unit=u1&q=x'],
    ['lang=en', ''],
    ['', ''],
    ['year=2565&archived=1', 'year=2565&archived=1'],
  ])('carries %j back as %j', (query, expected) => {
    expect(listQuery(new URLSearchParams(query))).toBe(expected);
  });
});
