import { frameworkFieldErrors, frameworkProblemInThai, frameworkProblems, usesOf, type FrameworkProblem } from '../../../src/domain/frameworkRules';
import { builtInFrameworks, frameworkFor } from '../../../src/domain/frameworks/registry';
import { computeTotal, levelFor } from '../../../src/domain/scoring';
import type { Framework } from '../../../src/domain/schemas/framework';

const base = frameworkFor(2565);
const edit = (change: (f: Framework) => void): Framework => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('the rules a framework keeps', () => {
  it('finds nothing wrong with the frameworks the app ships', () => {
    for (const f of builtInFrameworks()) expect(frameworkProblems(f)).toEqual([]);
  });

  it.each<[string, (f: Framework) => void, FrameworkProblem[]]>([
    [
      'instrument weights that do not make 100',
      (f) => {
        if (f.instruments[2]) f.instruments[2].weight = 30;
      },
      [
        { path: 'instruments', code: 'weightTotal', values: { total: 90 } },
        { path: 'instruments.2.weight', code: 'indicatorWeights', values: { code: 'OIT', sum: 40, weight: 30 } },
      ],
    ],
    [
      'indicator weights that do not make their instrument’s',
      (f) => {
        const ind = f.instruments[0]?.indicators[0];
        if (ind) ind.weight = 7;
      },
      [{ path: 'instruments.0.weight', code: 'indicatorWeights', values: { code: 'IIT', sum: 31, weight: 30 } }],
    ],
    [
      'an indicator number used twice',
      (f) => {
        const ind = f.instruments[1]?.indicators[0];
        if (ind) ind.number = 1;
      },
      [{ path: 'instruments.1.indicators.0.number', code: 'indicatorRepeated', values: { number: 1, first: 'IIT' } }],
    ],
    [
      'an instrument twice',
      (f) => {
        const eit = f.instruments[1];
        if (eit) f.instruments[1] = { ...eit, code: 'IIT' };
      },
      [{ path: 'instruments.1.code', code: 'instrumentRepeated', values: { code: 'IIT' } }],
    ],
    [
      'an O-item under an indicator the framework lacks',
      (f) => {
        if (f.oItems[0]) f.oItems[0].indicator = 11;
      },
      [{ path: 'oItems.0.indicator', code: 'oItemOrphan', values: { code: 'O1', indicator: 11 } }],
    ],
    [
      'a lowest band above 0',
      (f) => {
        f.levels = f.levels.filter((b) => b.min !== 0);
      },
      [{ path: 'levels', code: 'lowestLevel', values: {} }],
    ],
    [
      'levels in the wrong order',
      (f) => {
        const [aa, a] = f.levels;
        if (aa && a) [aa.min, a.min] = [a.min, aa.min];
      },
      [{ path: 'levels', code: 'levelOrder', values: { level: 'AA', above: 'A' } }],
    ],
    [
      'two bands from the same score',
      (f) => {
        if (f.levels[1]) f.levels[1].min = f.levels[0]?.min ?? 0;
      },
      [{ path: 'levels', code: 'levelsSameMin', values: { upper: 'AA', lower: 'A', min: 95 } }],
    ],
    [
      'a blank name and one with spaces around it',
      (f) => {
        f.name = '   ';
        const o = f.oItems[0];
        if (o) o.name = ` ${o.name}`;
      },
      [
        { path: 'name', code: 'blank', values: { what: 'frameworkName' } },
        { path: 'oItems.0.name', code: 'spaces', values: { what: 'oItemName', value: ` ${base.oItems[0]?.name ?? ''}` } },
      ],
    ],
    [
      'a level twice',
      (f) => {
        const [, , b, c] = f.levels;
        if (b && c) c.level = 'B';
      },
      [{ path: 'levels', code: 'levelRepeated', values: { level: 'B' } }],
    ],
    [
      'an O-item code twice, and an instrument with a blank English name',
      (f) => {
        if (f.oItems[1]) f.oItems[1].code = 'O1';
        if (f.instruments[0]) f.instruments[0].nameEn = ' ';
      },
      [
        { path: 'instruments.0.nameEn', code: 'blank', values: { what: 'instrumentNameEn' } },
        { path: 'oItems.1.code', code: 'oItemRepeated', values: { code: 'O1' } },
      ],
    ],
    [
      'amounts with 3 decimals, as the editor refuses them',
      (f) => {
        const [first, second] = f.instruments[0]?.indicators ?? [];
        if (first && second) [first.weight, second.weight] = [first.weight + 0.005, second.weight - 0.005];
        f.passMark = 85.125;
        if (f.levels[1]) f.levels[1].min = 85.125;
      },
      [
        { path: 'passMark', code: 'decimals', values: { what: 'passMark', value: 85.125 } },
        { path: 'instruments.0.indicators.0.weight', code: 'decimals', values: { what: 'weight', value: 6.005 } },
        { path: 'instruments.0.indicators.1.weight', code: 'decimals', values: { what: 'weight', value: 5.995 } },
        { path: 'levels.1.min', code: 'decimals', values: { what: 'levelMin', value: 85.125 } },
      ],
    ],
  ])('says so of %s', (_what, change, problems) => {
    expect(frameworkProblems(edit(change))).toEqual(problems);
  });

  it('scores a second framework with other weights by its own rules', () => {
    // A hypothetical 2566 method: IIT 20, EIT 30, OIT 50, with OIT's two indicators at 25 each.
    const f2566 = edit((f) => {
      f.fiscalYear = 2566;
      const [iit, , oit] = f.instruments;
      if (!iit || !oit) throw new Error('instruments');
      iit.weight = 20;
      iit.indicators.forEach((ind) => (ind.weight = 4));
      oit.weight = 50;
      oit.indicators.forEach((ind) => (ind.weight = 25));
    });
    expect(frameworkProblems(f2566)).toEqual([]);
    const scores = [93.75, 99.65, 100, 98.33, 78.2, 91.72, 89.7, 88.5, 100, 93.75].map((score, i) => ({ indicator: i + 1, score }));
    // IIT 469.93 × 4 % + EIT 269.92 × 10 % + OIT 193.75 × 25 % = 18.7972 + 26.992 + 48.4375 = 94.2267
    expect(computeTotal(f2566, scores).total).toBe(94.23);
    expect(levelFor(f2566, 94.23)).toBe('A');
  });
});

describe('a framework problem in Thai, as the stores send it', () => {
  it.each<[FrameworkProblem, string]>([
    [{ path: 'instruments', code: 'weightTotal', values: { total: 90 } }, 'น้ำหนักของเครื่องมือรวมกันได้ 90 ต้องรวมกันได้ 100'],
    [{ path: 'instruments.1.code', code: 'instrumentRepeated', values: { code: 'IIT' } }, 'เครื่องมือ IIT ซ้ำ'],
    [{ path: 'instruments.2.weight', code: 'indicatorWeights', values: { code: 'OIT', sum: 40, weight: 30 } }, 'น้ำหนักของตัวชี้วัดใน OIT รวมกันได้ 40 แต่น้ำหนักของ OIT คือ 30'],
    [{ path: 'x', code: 'indicatorRepeated', values: { number: 1, first: 'IIT' } }, 'ตัวชี้วัดที่ 1 ซ้ำกับใน IIT'],
    [{ path: 'x', code: 'oItemRepeated', values: { code: 'O1' } }, 'ข้อ O1 ซ้ำ'],
    [{ path: 'x', code: 'oItemOrphan', values: { code: 'O1', indicator: 11 } }, 'ข้อ O1 อยู่ในตัวชี้วัดที่ 11 ซึ่งไม่มีในเกณฑ์นี้'],
    [{ path: 'levels', code: 'lowestLevel', values: {} }, 'ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน ทุกคะแนนจึงมีระดับ'],
    [{ path: 'levels', code: 'levelsSameMin', values: { upper: 'AA', lower: 'A', min: 95 } }, 'ระดับ AA และ A เริ่มที่คะแนนเดียวกัน (95)'],
    [{ path: 'levels', code: 'levelOrder', values: { level: 'AA', above: 'A' } }, 'ระดับ AA ต้องเริ่มที่คะแนนสูงกว่าระดับ A'],
    [{ path: 'levels', code: 'levelRepeated', values: { level: 'B' } }, 'ระดับ B ซ้ำ'],
    [{ path: 'name', code: 'blank', values: { what: 'frameworkName' } }, 'ชื่อเกณฑ์ว่างอยู่'],
    [{ path: 'oItems.0.name', code: 'spaces', values: { what: 'oItemName', value: ' โครงสร้าง' } }, 'ชื่อข้อ " โครงสร้าง" มีช่องว่างหน้าหรือท้าย'],
    [{ path: 'passMark', code: 'decimals', values: { what: 'passMark', value: 85.125 } }, 'เกณฑ์ผ่าน 85.125 มีทศนิยมเกิน 2 ตำแหน่ง'],
    [
      { path: 'instruments', code: 'indicatorInUse', values: { number: 7, uses: 'scores,findings,measures', year: 2565 } },
      'ตัวชี้วัดที่ 7 ยังถูกอ้างถึงโดยคะแนนของปี 2565 ข้อบกพร่อง และมาตรการ จึงนำออกจากเกณฑ์ไม่ได้',
    ],
    [{ path: 'oItems', code: 'oItemInUse', values: { code: 'O39', uses: 'recommendations', year: 2565 } }, 'ข้อ O39 ยังถูกอ้างถึงโดยข้อเสนอแนะของผู้ตรวจ จึงนำออกจากเกณฑ์ไม่ได้'],
    [{ path: 'oItems', code: 'oItemInUse', values: { code: 'O35', uses: 'results,notes', year: 2565 } }, 'ข้อ O35 ยังถูกอ้างถึงโดยผลตรวจของปี 2565 และข้อสังเกตรายประเด็น จึงนำออกจากเกณฑ์ไม่ได้'],
  ])('words %j', (problem, thai) => {
    expect(frameworkProblemInThai(problem)).toBe(thai);
  });

  it('reads only the use codes it knows from a use list', () => {
    expect(usesOf('scores,elsewhere,,measures')).toEqual(['scores', 'measures']);
  });

  it('goes into a store’s validation error with its code and values beside the Thai', () => {
    expect(frameworkFieldErrors([{ path: 'levels', code: 'levelOrder', values: { level: 'AA', above: 'A' } }])).toEqual([
      { path: 'levels', message: 'ระดับ AA ต้องเริ่มที่คะแนนสูงกว่าระดับ A', code: 'framework.levelOrder', values: { level: 'AA', above: 'A' } },
    ]);
  });
});
