import { frameworkChanges } from '../../../src/domain/frameworkChanges';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import {
  describeFrameworkPath,
  frameworkFileName,
  readFrameworkFile,
  serialiseFramework,
  type FrameworkFileProblemCode,
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

  it.each<[string, string, FrameworkFileProblemCode, string]>([
    ['an empty file', '  \n', 'empty', 'ไฟล์ว่างเปล่า ไม่มีเกณฑ์ให้นำเข้า'],
    ['text that is not JSON', 'ปีงบประมาณ,ชื่อเกณฑ์\n2568,ITA 2568', 'not-json', 'ไฟล์นี้ไม่ใช่ไฟล์ JSON'],
    ['a JSON list', '[1, 2]', 'not-framework', 'ไม่พบ "format": "ita-framework" ที่ต้นไฟล์'],
    ['a bare framework with no header', JSON.stringify(base), 'not-framework', 'ไฟล์นี้ไม่ใช่ไฟล์เกณฑ์การประเมิน ITA'],
    ['another app’s file', fileWith((f) => void (f.format = 'other-app/export')), 'not-framework', 'ไฟล์ระบุรูปแบบเป็น "other-app/export"'],
    ['the agency backup', fileWith((f) => void (f.format = 'ita-measures-dashboard/backup')), 'backup', 'ไฟล์นี้เป็นไฟล์สำรองข้อมูลทั้งหน่วยงาน'],
    ['no version', fileWith((f) => void delete f.version), 'bad-version', 'ช่อง "version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป'],
    ['a version in words', fileWith((f) => void (f.version = '1')), 'bad-version', 'ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง'],
    ['a newer version', fileWith((f) => void (f.version = 2)), 'newer-version', 'รูปแบบไฟล์เกณฑ์รุ่น 2 แต่แอปนี้อ่านได้ถึงรุ่น 1'],
    ['no framework in it', fileWith((f) => void delete (f as Partial<typeof f>).framework), 'invalid', 'เกณฑ์ทั้งชุด: ไม่มีข้อมูล ต้องเป็นชุดข้อมูล'],
    ['an export date that is not a date', fileWith((f) => void (f.exportedAt = 'เมื่อวาน')), 'invalid', 'วันเวลาที่ส่งออกต้องอยู่ในรูปแบบ ISO 8601'],
    [
      'an indicator weight in words',
      fileWith((f) => void ((f.framework.instruments[1]?.indicators[0] as unknown as { weight: string }).weight = 'สิบ')),
      'invalid',
      'เครื่องมือที่ 2 (EIT) › ตัวชี้วัดลำดับที่ 1 (ตัวชี้วัดที่ 6) › น้ำหนัก: ต้องเป็นตัวเลข แต่พบข้อความ "สิบ"',
    ],
    ['a year that is not B.E.', fileWith((f) => void (f.framework.fiscalYear = 2022)), 'invalid', 'ปีงบประมาณ:'],
    ['an O-item code without its O', fileWith((f) => void ((f.framework.oItems[2] as { code: string }).code = '3')), 'invalid', 'ข้อลำดับที่ 3 (3) › รหัส: รหัสข้อ OIT ต้องอยู่ในรูป O ตามด้วยตัวเลข'],
    ['an unknown O-item scoring', fileWith((f) => void ((f.framework as { oItemScoring: string }).oItemScoring = 'stars')), 'invalid', 'วิธีให้คะแนนข้อ OIT: ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: present-absent, points'],
    [
      'instrument weights that do not make 100',
      fileWith((f) => void ((f.framework.instruments[0] as { weight: number }).weight = 40)),
      'rules',
      'เกณฑ์ในไฟล์ไม่ผ่านการตรวจเดียวกับหน้าแก้ไขเกณฑ์ 2 จุด: เครื่องมือ: น้ำหนักของเครื่องมือรวมกันได้ 110 ต้องรวมกันได้ 100; เครื่องมือที่ 1 (IIT) › น้ำหนัก: น้ำหนักของตัวชี้วัดใน IIT รวมกันได้ 30 แต่น้ำหนักของ IIT คือ 40',
    ],
    ['an O-item code used twice', fileWith((f) => void ((f.framework.oItems[1] as { code: string }).code = 'O1')), 'rules', 'ข้อลำดับที่ 2 (O1) › รหัส: ข้อ O1 ซ้ำ'],
    ['no band starting at 0', fileWith((f) => void f.framework.levels.pop()), 'rules', 'ระดับผลการประเมิน: ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน'],
    // What the editor refuses field by field: imported, the year could not be saved again.
    ['a name of spaces only', fileWith((f) => void (f.framework.name = '   ')), 'rules', '1 จุด: ชื่อ: ชื่อเกณฑ์ว่างอยู่'],
    [
      'weights with 3 decimals that still add up',
      fileWith((f) => {
        const [first, second] = f.framework.instruments[0]?.indicators ?? [];
        if (first && second) [first.weight, second.weight] = [6.005, 5.995];
      }),
      'rules',
      'น้ำหนัก: น้ำหนัก 6.005 มีทศนิยมเกิน 2 ตำแหน่ง',
    ],
    ['a pass mark with 3 decimals', fileWith((f) => void (f.framework.passMark = 85.125)), 'rules', 'เกณฑ์ผ่าน 85.125 มีทศนิยมเกิน 2 ตำแหน่ง'],
    ['a level minimum with 3 decimals', fileWith((f) => void ((f.framework.levels[1] as { min: number }).min = 85.125)), 'rules', 'คะแนนเริ่มต้นของระดับ 85.125 มีทศนิยมเกิน 2 ตำแหน่ง'],
  ])('is refused when it is %s', (_, text, code, message) => {
    const read = readFrameworkFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.code).toBe(code);
      expect(read.problem.message).toContain(message);
    }
  });

  it('names each schema problem with its place in the editor’s words and the file’s field', () => {
    const read = readFrameworkFile(fileWith((f) => void ((f.framework.levels[1] as { min: number }).min = 120)));
    expect(read.ok ? [] : read.problem.issues).toEqual([{ where: 'ระดับที่ 2 › คะแนนเริ่มต้น', path: 'framework.levels.1.min', message: 'ต้องไม่เกิน 100' }]);
  });

  it.each<[(string | number)[], string]>([
    [[], 'เกณฑ์ทั้งชุด'],
    [['passMark'], 'เกณฑ์ผ่านของตัวชี้วัด'],
    [['instruments', 2, 'code'], 'เครื่องมือที่ 3 (OIT) › รหัส'],
    [['oItems', 99, 'name'], 'ข้อลำดับที่ 100 › ชื่อ'],
    [['extra'], 'extra'],
  ])('names %j as “%s”', (path, words) => {
    expect(describeFrameworkPath(path, base)).toBe(words);
  });
});

describe('what a framework replacing another changes', () => {
  it('is nothing when they are the same', () => {
    expect(frameworkChanges(base, structuredClone(base))).toEqual([]);
  });

  it.each<[string, (f: Framework) => void, string[]]>([
    ['a new name and pass mark', (f) => Object.assign(f, { name: 'ITA 2565 (ปรับปรุง)', passMark: 80 }), ['ชื่อเกณฑ์: "ITA 2565" → "ITA 2565 (ปรับปรุง)"', 'เกณฑ์ผ่านของตัวชี้วัด: 85 → 80']],
    ['O-items scored as points', (f) => void (f.oItemScoring = 'points'), ['วิธีให้คะแนนข้อ OIT: มี/ไม่มี (100 หรือ 0) → คะแนน 0–100']],
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
      ['น้ำหนักของ IIT: 30 → 25', 'น้ำหนักของ EIT: 30 → 35', 'น้ำหนักของตัวชี้วัดที่ 1: 6 → 1', 'น้ำหนักของตัวชี้วัดที่ 6: 10 → 15'],
    ],
    ['a band moved', (f) => void ((f.levels[0] as { min: number }).min = 96), ['ระดับผลการประเมิน: AA ≥ 95 · A ≥ 85 · B ≥ 75 · C ≥ 65 · D ≥ 55 · E ≥ 50 · F ≥ 0 → AA ≥ 96 · A ≥ 85 · B ≥ 75 · C ≥ 65 · D ≥ 55 · E ≥ 50 · F ≥ 0']],
    [
      'O-items added, dropped and renamed',
      (f) => {
        f.oItems = f.oItems.filter((o) => o.code !== 'O43');
        (f.oItems[0] as { name: string }).name = 'โครงสร้างหน่วยงาน';
        f.oItems.push({ code: 'O44', indicator: 10, group: '10.2', name: 'ช่องทางร้องเรียนออนไลน์' });
      },
      ['เพิ่มข้อ OIT 1 ข้อ: O44', 'นำข้อ OIT ออก 1 ข้อ: O43', 'แก้ชื่อ หมวด หรือตัวชี้วัดของข้อ OIT 1 ข้อ: O1'],
    ],
  ])('says so for %s', (_, change, lines) => {
    expect(frameworkChanges(base, edit(change))).toEqual(lines);
  });
});
