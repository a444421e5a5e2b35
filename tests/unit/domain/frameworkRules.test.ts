import { frameworkProblems } from '../../../src/domain/frameworkRules';
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

  it.each<[string, (f: Framework) => void, { path: string; message: string }[]]>([
    [
      'instrument weights that do not make 100',
      (f) => {
        if (f.instruments[2]) f.instruments[2].weight = 30;
      },
      [
        { path: 'instruments', message: 'น้ำหนักของเครื่องมือรวมกันได้ 90 ต้องรวมกันได้ 100' },
        { path: 'instruments.2.weight', message: 'น้ำหนักของตัวชี้วัดใน OIT รวมกันได้ 40 แต่น้ำหนักของ OIT คือ 30' },
      ],
    ],
    [
      'indicator weights that do not make their instrument’s',
      (f) => {
        const ind = f.instruments[0]?.indicators[0];
        if (ind) ind.weight = 7;
      },
      [{ path: 'instruments.0.weight', message: 'น้ำหนักของตัวชี้วัดใน IIT รวมกันได้ 31 แต่น้ำหนักของ IIT คือ 30' }],
    ],
    [
      'an indicator number used twice',
      (f) => {
        const ind = f.instruments[1]?.indicators[0];
        if (ind) ind.number = 1;
      },
      [{ path: 'instruments.1.indicators.0.number', message: 'ตัวชี้วัดที่ 1 ซ้ำกับใน IIT' }],
    ],
    [
      'an instrument twice',
      (f) => {
        const eit = f.instruments[1];
        if (eit) f.instruments[1] = { ...eit, code: 'IIT' };
      },
      [{ path: 'instruments.1.code', message: 'เครื่องมือ IIT ซ้ำ' }],
    ],
    [
      'an O-item under an indicator the framework lacks',
      (f) => {
        if (f.oItems[0]) f.oItems[0].indicator = 11;
      },
      [{ path: 'oItems.0.indicator', message: 'ข้อ O1 อยู่ในตัวชี้วัดที่ 11 ซึ่งไม่มีในเกณฑ์นี้' }],
    ],
    [
      'a lowest band above 0',
      (f) => {
        f.levels = f.levels.filter((b) => b.min !== 0);
      },
      [{ path: 'levels', message: 'ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน ทุกคะแนนจึงมีระดับ' }],
    ],
    [
      'levels in the wrong order',
      (f) => {
        const [aa, a] = f.levels;
        if (aa && a) [aa.min, a.min] = [a.min, aa.min];
      },
      [{ path: 'levels', message: 'ระดับ AA ต้องเริ่มที่คะแนนสูงกว่าระดับ A' }],
    ],
    [
      'two bands from the same score',
      (f) => {
        if (f.levels[1]) f.levels[1].min = f.levels[0]?.min ?? 0;
      },
      [{ path: 'levels', message: 'ระดับ AA และ A เริ่มที่คะแนนเดียวกัน (95)' }],
    ],
    [
      'a blank name and one with spaces around it',
      (f) => {
        f.name = '   ';
        const o = f.oItems[0];
        if (o) o.name = ` ${o.name}`;
      },
      [
        { path: 'name', message: 'ชื่อเกณฑ์ว่างอยู่' },
        { path: 'oItems.0.name', message: `ชื่อข้อ " ${base.oItems[0]?.name ?? ''}" มีช่องว่างหน้าหรือท้าย` },
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
        { path: 'passMark', message: 'เกณฑ์ผ่าน 85.125 มีทศนิยมเกิน 2 ตำแหน่ง' },
        { path: 'instruments.0.indicators.0.weight', message: 'น้ำหนัก 6.005 มีทศนิยมเกิน 2 ตำแหน่ง' },
        { path: 'instruments.0.indicators.1.weight', message: 'น้ำหนัก 5.995 มีทศนิยมเกิน 2 ตำแหน่ง' },
        { path: 'levels.1.min', message: 'คะแนนเริ่มต้นของระดับ 85.125 มีทศนิยมเกิน 2 ตำแหน่ง' },
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
