import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';
import { variants } from '../../support/timeframeVariants';

/** 'd/m/yyyy' or 'm/yyyy' (B.E.) → the parts parseTimeframe returns for one end. */
function end(s: string): { ym: { year: number; month: number }; day: number | null } {
  const parts = s.split('/').map(Number);
  const [a = 0, b = 0, c] = parts;
  return c === undefined ? { ym: { year: b, month: a }, day: null } : { ym: { year: c, month: b }, day: a };
}

// Day-level dates and ranges: 36 cases read, 14 refused.
const DAYS: [string, string, string][] = [
  ['1 ต.ค. 2566 – 31 มี.ค. 2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. 2566 - 31 มี.ค. 2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. 2566 — 31 มี.ค. 2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. 2566 ถึง 31 มี.ค. 2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. 2566 จนถึง 31 มี.ค. 2567', '1/10/2566', '31/3/2567'],
  ['1ต.ค.2566-31มี.ค.2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค.66 - 31 มี.ค.67', '1/10/2566', '31/3/2567'],
  ['๑ ต.ค. ๒๕๖๖ – ๓๑ มี.ค. ๒๕๖๗', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. 2566 – 31 มี.ค. 2567.', '1/10/2566', '31/3/2567'],
  ['1 ตค 66 - 31 มีค 67', '1/10/2566', '31/3/2567'],
  ['1 ตุลาคม 2566 - 31 มีนาคม 2567', '1/10/2566', '31/3/2567'],
  ['1 ต.ค. พ.ศ. 2566 – 31 มี.ค. พ.ศ. 2567', '1/10/2566', '31/3/2567'],
  ['  1  ต.ค.  2566   –   31  มี.ค.  2567  ', '1/10/2566', '31/3/2567'],
  ['ระหว่างวันที่ 15 พฤศจิกายน 2566 ถึง 15 ธันวาคม 2566', '15/11/2566', '15/12/2566'],
  ['ระหว่างวันที่ 15 พฤศจิกายน 2566 ถึงวันที่ 15 ธันวาคม 2566', '15/11/2566', '15/12/2566'],
  ['ระหว่างวันที่ ๑๕ พ.ย. ๖๖ - ๑๕ ธ.ค. ๖๖', '15/11/2566', '15/12/2566'],
  ['ระหว่าง 15 พ.ย. - 15 ธ.ค. 2566', '15/11/2566', '15/12/2566'],
  ['ตั้งแต่วันที่ 1 ตุลาคม 2566 ถึงวันที่ 30 กันยายน 2567', '1/10/2566', '30/9/2567'],
  ['ตั้งแต่วันที่ 1 ต.ค. 66 จนถึง 30 ก.ย. 67.', '1/10/2566', '30/9/2567'],
  ['ตั้งแต่ 1 ต.ค. 2566 - 30 ก.ย. 2567', '1/10/2566', '30/9/2567'],
  // A start with no day keeps the month only; the year after the end covers both.
  ['ม.ค.–30 เม.ย. 67', '1/2567', '30/4/2567'],
  ['ม.ค. - 30 เม.ย. 2567', '1/2567', '30/4/2567'],
  ['มกราคม ถึง 30 เมษายน พ.ศ. 2567', '1/2567', '30/4/2567'],
  ['ต.ค.–31 มี.ค. 67', '10/2566', '31/3/2567'],
  ['1 ต.ค. - 31 ธ.ค. 66', '1/10/2566', '31/12/2566'],
  ['1-15 ต.ค. 66', '1/10/2566', '15/10/2566'],
  ['วันที่ 1–15 ตุลาคม 2566', '1/10/2566', '15/10/2566'],
  // A single day is a one-day range.
  ['วันที่ 1 ตุลาคม 2566', '1/10/2566', '1/10/2566'],
  ['วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖', '1/10/2566', '1/10/2566'],
  ['1 ต.ค. 66', '1/10/2566', '1/10/2566'],
  ['วันที่ 30 ก.ย. 2567.', '30/9/2567', '30/9/2567'],
  ['วันที่1ตุลาคม2566', '1/10/2566', '1/10/2566'],
  // Leap years by the C.E. rule: 2567 is 2024.
  ['29 ก.พ. 2567', '29/2/2567', '29/2/2567'],
  ['1 ก.พ. - 29 ก.พ. 2567', '1/2/2567', '29/2/2567'],
  ['31 ม.ค. 2567', '31/1/2567', '31/1/2567'],
  ['30 เม.ย. 67', '30/4/2567', '30/4/2567'],
];

describe('parseTimeframe: days and day ranges', () => {
  it.each(DAYS)('%j → %s – %s', (raw, from, to) => {
    const s = end(from);
    const e = end(to);
    expect(parseTimeframe(raw)).toEqual({
      raw, start: s.ym, end: e.ym, startDay: s.day, endDay: e.day, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it.each(DAYS.flatMap(([raw, from, to]) => variants(raw).map((v) => [v, from, to] as const)))(
    'variant %j → %s – %s', (raw, from, to) => {
      expect(parseTimeframe(raw)).toMatchObject({ start: end(from).ym, end: end(to).ym, startDay: end(from).day, endDay: end(to).day, warnings: [] });
    },
  );

  it.each<[string, TimeframeWarningCode, string]>([
    ['31 เม.ย. 2567', 'invalid-day', 'เดือนเมษายนมีไม่เกิน 30 วัน ไม่มีวันที่ 31'],
    ['31 เมษายน 2567', 'invalid-day', 'ไม่มีวันที่ 31'],
    ['30 ก.พ. 2567', 'invalid-day', 'เดือนกุมภาพันธ์มีไม่เกิน 29 วัน ไม่มีวันที่ 30'],
    ['29 ก.พ. 2566', 'invalid-day', 'ปี พ.ศ. 2566 (ค.ศ. 2023) ไม่ใช่ปีอธิกสุรทิน'],
    ['1 ก.พ. - 29 ก.พ. 2566', 'invalid-day', 'ไม่มีวันที่ 29 ก.พ. 2566'],
    ['31 มิ.ย. 67', 'invalid-day', 'เดือนมิถุนายนมีไม่เกิน 30 วัน'],
    // A number before a month reads as its day and is named as one, never as "not a B.E. year".
    ['32 ต.ค. 66', 'invalid-day', '"32" หน้าเดือน "ต.ค." อ่านเป็นวันที่'],
    ['0 ต.ค. 66', 'invalid-day', '"0" หน้าเดือน "ต.ค." อ่านเป็นวันที่'],
    ['2566 ต.ค.', 'invalid-day', '"2566" หน้าเดือน "ต.ค." อ่านเป็นวันที่'],
    ['15 ต.ค. - 10 ต.ค. 66', 'end-before-start', 'สิ้นสุด (10 ต.ค. 2566) ก่อนเริ่มต้น (15 ต.ค. 2566)'],
    ['31 มี.ค. 2567 - 1 ต.ค. 2566', 'end-before-start', 'สิ้นสุด (1 ต.ค. 2566) ก่อนเริ่มต้น (31 มี.ค. 2567)'],
    ['ตั้งแต่วันที่ 1 ต.ค. 2566', 'open-end', 'ไม่บอกว่าสิ้นสุดเมื่อใด'],
    ['1 ต.ค. 66 เป็นต้นไป', 'open-end', 'บอกแต่เวลาเริ่มต้น (1 ต.ค. 2566)'],
    ['วันที่ 15', 'unrecognised', 'ไม่พบชื่อเดือน ไตรมาส หรือปีงบประมาณ'],
  ])('%j stays raw: %s', (raw, code, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ raw, start: null, end: null, startDay: null, endDay: null, notes: [] });
    expect(parsed.warnings.map((w) => w.code)).toEqual([code]);
    expect(parsed.warnings[0]?.message).toContain(part);
    expect(parsed.warnings[0]?.message).toContain(`"${raw.trim()}"`);
  });
});
