import { describe, expect, it } from 'vitest';
import { frameworkChanges, type FrameworkChange } from '../../../src/domain/frameworkChanges';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import type { Framework } from '../../../src/domain/schemas/framework';

const base = frameworkFor(2565);
const edit = (change: (f: Framework) => void): Framework => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};
const instrument = (f: Framework, code: string) => {
  const found = f.instruments.find((i) => i.code === code);
  if (!found) throw new Error(`no instrument ${code}`);
  return found;
};
const indicator = (f: Framework, number: number) => {
  const found = f.instruments.flatMap((i) => i.indicators).find((d) => d.number === number);
  if (!found) throw new Error(`no indicator ${number}`);
  return found;
};
const oItem = (f: Framework, code: string) => {
  const found = f.oItems.find((o) => o.code === code);
  if (!found) throw new Error(`no O-item ${code}`);
  return found;
};
const same = () => undefined;

describe('what a framework replacing another changes, part by part', () => {
  it.each<[string, (f: Framework) => void, (f: Framework) => void, FrameworkChange[]]>([
    ['another fiscal year', same, (f) => void (f.fiscalYear = 2566), [{ code: 'fiscalYear', values: { from: 2565, to: 2566 } }]],
    [
      'an instrument added with its indicators',
      (f) => void (f.instruments = f.instruments.filter((i) => i.code !== 'OIT')),
      same,
      [
        { code: 'instrumentAdded', values: { code: 'OIT', name: instrument(base, 'OIT').name, weight: 40 } },
        { code: 'indicatorAdded', values: { number: 9, name: 'การเปิดเผยข้อมูล', instrument: 'OIT', weight: 20 } },
        { code: 'indicatorAdded', values: { number: 10, name: 'การป้องกันการทุจริต', instrument: 'OIT', weight: 20 } },
      ],
    ],
    [
      'an instrument taken out with its indicators',
      same,
      (f) => void (f.instruments = f.instruments.filter((i) => i.code !== 'OIT')),
      [
        { code: 'instrumentRemoved', values: { code: 'OIT' } },
        { code: 'indicatorsRemoved', values: { numbers: '9, 10', count: 2 } },
      ],
    ],
    [
      'an instrument renamed in English only',
      same,
      (f) => void (instrument(f, 'IIT').nameEn = 'Internal ITA'),
      [{ code: 'instrumentName', values: { code: 'IIT', from: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน', to: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน' } }],
    ],
    [
      'an indicator added',
      same,
      (f) => void instrument(f, 'OIT').indicators.push({ number: 11, name: 'การตอบสนอง', nameEn: 'Response', weight: 3 }),
      [{ code: 'indicatorAdded', values: { number: 11, name: 'การตอบสนอง', instrument: 'OIT', weight: 3 } }],
    ],
    [
      'an indicator moved to another instrument',
      same,
      (f) => {
        const iit = instrument(f, 'IIT');
        const [moved] = iit.indicators.splice(4, 1);
        if (!moved) throw new Error('no fifth IIT indicator');
        instrument(f, 'EIT').indicators.push(moved);
      },
      [{ code: 'indicatorMoved', values: { number: 5, from: 'IIT', to: 'EIT' } }],
    ],
    [
      'an indicator renamed in Thai and in English only',
      same,
      (f) => {
        indicator(f, 2).name = 'การใช้จ่ายงบประมาณ';
        indicator(f, 3).nameEn = 'Exercise of authority';
      },
      [
        { code: 'indicatorName', values: { number: 2, from: 'การใช้งบประมาณ', to: 'การใช้จ่ายงบประมาณ' } },
        { code: 'indicatorName', values: { number: 3, from: 'การใช้อำนาจ', to: 'การใช้อำนาจ' } },
      ],
    ],
    [
      'indicators dropped, listed by number whatever order they were in',
      (f) => void instrument(f, 'IIT').indicators.reverse(),
      (f) => void (instrument(f, 'IIT').indicators = instrument(f, 'IIT').indicators.filter((d) => d.number < 3)),
      [{ code: 'indicatorsRemoved', values: { numbers: '3, 4, 5', count: 3 } }],
    ],
    [
      'indicators added in any order, listed by number',
      same,
      (f) => {
        instrument(f, 'OIT').indicators.push({ number: 12, name: 'ข', nameEn: 'B', weight: 1 });
        instrument(f, 'OIT').indicators.push({ number: 11, name: 'ก', nameEn: 'A', weight: 1 });
      },
      [
        { code: 'indicatorAdded', values: { number: 11, name: 'ก', instrument: 'OIT', weight: 1 } },
        { code: 'indicatorAdded', values: { number: 12, name: 'ข', instrument: 'OIT', weight: 1 } },
      ],
    ],
    [
      'O-items moved to another group or indicator',
      same,
      (f) => {
        oItem(f, 'O1').group = '9.9';
        oItem(f, 'O2').indicator = 10;
      },
      [{ code: 'oItemsChanged', values: { count: 2, codes: 'O1, O2' } }],
    ],
  ])('says so for %s', (_what, changeCurrent, changeIncoming, lines) => {
    expect(frameworkChanges(edit(changeCurrent), edit(changeIncoming))).toEqual(lines);
  });
});
