import { frameworkChanges, type FrameworkChange } from '../../../src/domain/frameworkChanges';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import {
  frameworkFileName,
  frameworkPlace,
  readFrameworkFile,
  serialiseFramework,
  type FrameworkFileIssue,
  type FrameworkFileProblemCode,
  type FrameworkPlace,
} from '../../../src/domain/frameworkTransfer';
import type { Framework } from '../../../src/domain/schemas/framework';

const base = frameworkFor(2565);
const exportedAt = new Date('2026-11-24T07:30:00.000Z');
const good = serialiseFramework(base, exportedAt);
/** The good file's JSON with one change, as a hand-edited or foreign file would be. */
const fileWith = (change: (file: Record<string, unknown> & { framework: Framework }) => void) => {
  const file = JSON.parse(good) as Record<string, unknown> & { framework: Framework };
  change(file);
  return JSON.stringify(file);
};
const edit = (change: (f: Framework) => void): Framework => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('a framework file', () => {
  it('reads back the framework it was written from, with when it was exported', () => {
    expect(readFrameworkFile(good)).toEqual({ ok: true, framework: base, exportedAt: '2026-11-24T07:30:00.000Z' });
    expect(JSON.parse(good)).toMatchObject({ format: 'ita-framework', version: 1, exportedAt: '2026-11-24T07:30:00.000Z' });
    expect(frameworkFileName(2568)).toBe('ita-framework-2568.json');
  });

  it.each<[string, string, Partial<Framework> | undefined]>([
    ['with a byte-order mark', `\uFEFF${good}`, undefined],
    ['with local time for its export', fileWith((f) => void (f.exportedAt = '2026-11-24T14:30:00+07:00')), undefined],
    ['from before O-item scoring was recorded: scored as points', fileWith((f) => void delete (f.framework as Partial<Framework>).oItemScoring), { oItemScoring: 'points' }],
    ['with its levels lowest first: stored highest first', fileWith((f) => void f.framework.levels.reverse()), { levels: base.levels }],
  ])('is read %s', (_, text, expected) => {
    const read = readFrameworkFile(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.framework).toEqual({ ...base, ...expected });
  });

  it.each<[string, string, FrameworkFileProblemCode, Record<string, string | number>]>([
    ['an empty file', '  \n', 'empty', {}],
    // Where JSON broke as the engine says it: Node 20 gives a position for some faults, none for others.
    ['text that is not JSON', 'ปีงบประมาณ,ชื่อเกณฑ์\n2568,ITA 2568', 'not-json', {}],
    ['JSON cut off mid-object', '{"a":\n 1,}', 'not-json', { line: 2, column: 4 }],
    ['a JSON list', '[1, 2]', 'not-framework', {}],
    ['a bare framework with no header', JSON.stringify(base), 'not-framework', {}],
    ['another app’s file', fileWith((f) => void (f.format = 'other-app/export')), 'not-framework', { format: 'other-app/export' }],
    ['the agency backup', fileWith((f) => void (f.format = 'ita-measures-dashboard/backup')), 'backup', {}],
    ['no version', fileWith((f) => void delete f.version), 'bad-version', {}],
    ['a version in words', fileWith((f) => void (f.version = '1')), 'bad-version', {}],
    ['a newer version', fileWith((f) => void (f.version = 2)), 'newer-version', { version: 2, readable: 1 }],
  ])('is refused when it is %s', (_, text, code, values) => {
    expect(readFrameworkFile(text)).toEqual({ ok: false, problem: { code, values, issues: [] } });
  });

  const schemaFault = (code: string, values: Record<string, string | number> = {}) => expect.objectContaining({ kind: 'schema', code, values, message: expect.any(String) }) as unknown;
  it.each<[string, string, FrameworkFileProblemCode, Omit<FrameworkFileIssue, 'fault'> & { fault: unknown }]>([
    ['no framework in it', fileWith((f) => void delete (f as Partial<typeof f>).framework), 'invalid', { where: [{ part: 'whole' }], path: 'framework', fault: schemaFault('invalid_type', { expected: 'object' }) }],
    [
      'an export date that is not a date',
      fileWith((f) => void (f.exportedAt = 'เมื่อวาน')),
      'invalid',
      { where: [{ part: 'header', path: 'exportedAt' }], path: 'exportedAt', fault: schemaFault('invalid_format', { format: 'datetime', origin: 'string' }) },
    ],
    [
      'an indicator weight in words',
      fileWith((f) => void ((f.framework.instruments[1]?.indicators[0] as unknown as { weight: string }).weight = 'สิบ')),
      'invalid',
      {
        where: [{ part: 'instrument', n: 2, code: 'EIT' }, { part: 'indicator', n: 1, number: 6 }, { part: 'field', name: 'weight' }],
        path: 'framework.instruments.1.indicators.0.weight',
        fault: schemaFault('invalid_type', { expected: 'number' }),
      },
    ],
    [
      'an O-item code without its O',
      fileWith((f) => void ((f.framework.oItems[2] as { code: string }).code = '3')),
      'invalid',
      { where: [{ part: 'oItem', n: 3, code: '3' }, { part: 'field', name: 'code' }], path: 'framework.oItems.2.code', fault: schemaFault('invalid_format', expect.objectContaining({ format: 'regex' }) as never) },
    ],
    [
      'a level over 100',
      fileWith((f) => void ((f.framework.levels[1] as { min: number }).min = 120)),
      'invalid',
      { where: [{ part: 'level', n: 2 }, { part: 'field', name: 'min' }], path: 'framework.levels.1.min', fault: schemaFault('too_big', { maximum: 100, origin: 'number', inclusive: 'true' }) },
    ],
    [
      'instrument weights that do not make 100',
      fileWith((f) => void ((f.framework.instruments[0] as { weight: number }).weight = 40)),
      'rules',
      { where: [{ part: 'field', name: 'instruments' }], path: 'framework.instruments', fault: { kind: 'rule', problem: { path: 'instruments', code: 'weightTotal', values: { total: 110 } } } },
    ],
    [
      'an O-item code used twice',
      fileWith((f) => void ((f.framework.oItems[1] as { code: string }).code = 'O1')),
      'rules',
      {
        where: [{ part: 'oItem', n: 2, code: 'O1' }, { part: 'field', name: 'code' }],
        path: 'framework.oItems.1.code',
        fault: { kind: 'rule', problem: { path: 'oItems.1.code', code: 'oItemRepeated', values: { code: 'O1' } } },
      },
    ],
    // What the editor refuses field by field: imported, the year could not be saved again.
    [
      'a name of spaces only',
      fileWith((f) => void (f.framework.name = '   ')),
      'rules',
      { where: [{ part: 'field', name: 'name' }], path: 'framework.name', fault: { kind: 'rule', problem: { path: 'name', code: 'blank', values: { what: 'frameworkName' } } } },
    ],
  ])('is refused when it has %s, naming the place and the fault', (_, text, code, first) => {
    const read = readFrameworkFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.code).toBe(code);
      expect(read.problem.values).toEqual({ count: read.problem.issues.length });
      expect(read.problem.issues[0]).toEqual(first);
    }
  });

  it('counts every rule a file breaks', () => {
    const read = readFrameworkFile(fileWith((f) => void ((f.framework.instruments[0] as { weight: number }).weight = 40)));
    expect(read.ok ? null : read.problem.issues.map((i) => i.fault.kind === 'rule' && i.fault.problem.code)).toEqual(['weightTotal', 'indicatorWeights']);
  });

  it.each<[(string | number)[], FrameworkPlace[]]>([
    [[], [{ part: 'whole' }]],
    [['passMark'], [{ part: 'field', name: 'passMark' }]],
    [['instruments', 2, 'code'], [{ part: 'instrument', n: 3, code: 'OIT' }, { part: 'field', name: 'code' }]],
    [['oItems', 99, 'name'], [{ part: 'oItem', n: 100 }, { part: 'field', name: 'name' }]],
    [['instruments', 0, 'indicators', 9], [{ part: 'instrument', n: 1, code: 'IIT' }, { part: 'indicator', n: 10 }]],
    [['extra'], [{ part: 'field', name: 'extra' }]],
  ])('places %j', (path, parts) => {
    expect(frameworkPlace(path, base)).toEqual(parts);
  });
});

describe('what a framework replacing another changes', () => {
  it('is nothing when they are the same', () => {
    expect(frameworkChanges(base, structuredClone(base))).toEqual([]);
  });

  it.each<[string, (f: Framework) => void, FrameworkChange[]]>([
    [
      'a new name and pass mark',
      (f) => Object.assign(f, { name: 'ITA 2565 (ปรับปรุง)', passMark: 80 }),
      [
        { code: 'name', values: { from: 'ITA 2565', to: 'ITA 2565 (ปรับปรุง)' } },
        { code: 'passMark', values: { from: 85, to: 80 } },
      ],
    ],
    ['O-items scored as points', (f) => void (f.oItemScoring = 'points'), [{ code: 'oItemScoring', values: { from: 'present-absent', to: 'points' } }]],
    [
      'weight moved between instruments',
      (f) => {
        const [iit, eit] = f.instruments;
        if (!iit || !eit || !iit.indicators[0] || !eit.indicators[0]) throw new Error('no instruments');
        iit.weight = 25;
        iit.indicators[0].weight = 1;
        eit.weight = 35;
        eit.indicators[0].weight += 5;
      },
      [
        { code: 'instrumentWeight', values: { code: 'IIT', from: 30, to: 25 } },
        { code: 'instrumentWeight', values: { code: 'EIT', from: 30, to: 35 } },
        { code: 'indicatorWeight', values: { number: 1, from: 6, to: 1 } },
        { code: 'indicatorWeight', values: { number: 6, from: 10, to: 15 } },
      ],
    ],
    [
      'a band moved',
      (f) => void ((f.levels[0] as { min: number }).min = 96),
      [{ code: 'levels', values: { from: 'AA ≥ 95 · A ≥ 85 · B ≥ 75 · C ≥ 65 · D ≥ 55 · E ≥ 50 · F ≥ 0', to: 'AA ≥ 96 · A ≥ 85 · B ≥ 75 · C ≥ 65 · D ≥ 55 · E ≥ 50 · F ≥ 0' } }],
    ],
    [
      'O-items added, dropped and renamed',
      (f) => {
        f.oItems = f.oItems.filter((o) => o.code !== 'O43');
        (f.oItems[0] as { name: string }).name = 'โครงสร้างหน่วยงาน';
        f.oItems.push({ code: 'O44', indicator: 10, group: '10.2', name: 'ช่องทางร้องเรียนออนไลน์' });
      },
      [
        { code: 'oItemsAdded', values: { count: 1, codes: 'O44' } },
        { code: 'oItemsRemoved', values: { count: 1, codes: 'O43' } },
        { code: 'oItemsChanged', values: { count: 1, codes: 'O1' } },
      ],
    ],
  ])('says so for %s', (_, change, lines) => {
    expect(frameworkChanges(base, edit(change))).toEqual(lines);
  });
});
