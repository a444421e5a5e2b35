import { describe, expect, it } from 'vitest';
import { frameworkChanges } from '../../../src/domain/frameworkChanges';
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
  it.each<[string, (f: Framework) => void, (f: Framework) => void, string[]]>([
    ['another fiscal year', same, (f) => void (f.fiscalYear = 2566), ['ปีงบประมาณ: 2565 → 2566']],
    [
      'an instrument added with its indicators',
      (f) => void (f.instruments = f.instruments.filter((i) => i.code !== 'OIT')),
      same,
      [
        `เพิ่มเครื่องมือ OIT ${instrument(base, 'OIT').name} (น้ำหนัก 40)`,
        'เพิ่มตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ใน OIT (น้ำหนัก 20)',
        'เพิ่มตัวชี้วัดที่ 10 การป้องกันการทุจริต ใน OIT (น้ำหนัก 20)',
      ],
    ],
    [
      'an instrument taken out with its indicators',
      same,
      (f) => void (f.instruments = f.instruments.filter((i) => i.code !== 'OIT')),
      ['นำเครื่องมือ OIT ออก', 'นำตัวชี้วัดที่ 9, 10 ออก'],
    ],
    [
      'an instrument renamed in English only',
      same,
      (f) => void (instrument(f, 'IIT').nameEn = 'Internal ITA'),
      ['ชื่อของ IIT: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน" → "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"'],
    ],
    [
      'an indicator added',
      same,
      (f) => void instrument(f, 'OIT').indicators.push({ number: 11, name: 'การตอบสนอง', nameEn: 'Response', weight: 3 }),
      ['เพิ่มตัวชี้วัดที่ 11 การตอบสนอง ใน OIT (น้ำหนัก 3)'],
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
      ['ตัวชี้วัดที่ 5 ย้ายจาก IIT ไป EIT'],
    ],
    [
      'an indicator renamed in Thai and in English only',
      same,
      (f) => {
        indicator(f, 2).name = 'การใช้จ่ายงบประมาณ';
        indicator(f, 3).nameEn = 'Exercise of authority';
      },
      ['ชื่อตัวชี้วัดที่ 2: "การใช้งบประมาณ" → "การใช้จ่ายงบประมาณ"', 'ชื่อตัวชี้วัดที่ 3: "การใช้อำนาจ" → "การใช้อำนาจ"'],
    ],
    [
      'indicators dropped, listed by number whatever order they were in',
      (f) => void instrument(f, 'IIT').indicators.reverse(),
      (f) => void (instrument(f, 'IIT').indicators = instrument(f, 'IIT').indicators.filter((d) => d.number < 3)),
      ['นำตัวชี้วัดที่ 3, 4, 5 ออก'],
    ],
    [
      'indicators added in any order, listed by number',
      same,
      (f) => {
        instrument(f, 'OIT').indicators.push({ number: 12, name: 'ข', nameEn: 'B', weight: 1 });
        instrument(f, 'OIT').indicators.push({ number: 11, name: 'ก', nameEn: 'A', weight: 1 });
      },
      ['เพิ่มตัวชี้วัดที่ 11 ก ใน OIT (น้ำหนัก 1)', 'เพิ่มตัวชี้วัดที่ 12 ข ใน OIT (น้ำหนัก 1)'],
    ],
    [
      'O-items moved to another group or indicator',
      same,
      (f) => {
        oItem(f, 'O1').group = '9.9';
        oItem(f, 'O2').indicator = 10;
      },
      ['แก้ชื่อ หมวด หรือตัวชี้วัดของข้อ OIT 2 ข้อ: O1, O2'],
    ],
  ])('says so for %s', (_what, changeCurrent, changeIncoming, lines) => {
    expect(frameworkChanges(edit(changeCurrent), edit(changeIncoming))).toEqual(lines);
  });
});
