import type { YearMonth } from '../../../src/domain/schemas/common';
import { formatTimeframeThai, parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';

const ym = (year: number, month: number): YearMonth => ({ year, month });

describe('parseTimeframe: forms it reads', () => {
  it.each<[string, YearMonth, YearMonth]>([
    // The three timeframes in the seed document, byte for byte (en dash in the second).
    ['ต.ค.65-ธ.ค.66', ym(2565, 10), ym(2566, 12)],
    ['ม.ค.\u2013มี.ค. 66', ym(2566, 1), ym(2566, 3)],
    ['ม.ค.-ส.ค.66', ym(2566, 1), ym(2566, 8)],
    ['ต.ค.64–มี.ค.65', ym(2564, 10), ym(2565, 3)],
    // Full names and four-digit years.
    ['ตุลาคม 2565 - ธันวาคม 2566', ym(2565, 10), ym(2566, 12)],
    ['มกราคม - มีนาคม 2566', ym(2566, 1), ym(2566, 3)],
    ['ต.ค. 2565 – ก.ย. 2566', ym(2565, 10), ym(2566, 9)],
    [' ต.ค. ๖๕ - ธ.ค. ๖๖ ', ym(2565, 10), ym(2566, 12)],
    ['ต.ค.๒๕๖๕-ก.ย.๒๕๖๖', ym(2565, 10), ym(2566, 9)],
    // One shared year after the end month; ranges always run forward across a year end.
    ['ต.ค.–มี.ค. 66', ym(2565, 10), ym(2566, 3)],
    ['ต.ค.-ก.ย.66', ym(2565, 10), ym(2566, 9)],
    ['ม.ค.-ม.ค. 66', ym(2566, 1), ym(2566, 1)],
    // Single month.
    ['มี.ค. 66', ym(2566, 3), ym(2566, 3)],
    ['มีนาคม 2566', ym(2566, 3), ym(2566, 3)],
    ['เดือนมีนาคม 2566', ym(2566, 3), ym(2566, 3)],
    // Fiscal year.
    ['ปีงบประมาณ 2566', ym(2565, 10), ym(2566, 9)],
    ['ปีงบประมาณ พ.ศ. 2566', ym(2565, 10), ym(2566, 9)],
    ['ปีงบ 66', ym(2565, 10), ym(2566, 9)],
    ['ปีงบประมาณ ๒๕๖๖', ym(2565, 10), ym(2566, 9)],
    ['ปีงบฯ 66', ym(2565, 10), ym(2566, 9)],
    ['ปีงบประมาณพ.ศ.2566', ym(2565, 10), ym(2566, 9)],
    ['ปีงบประมาณ พศ 2566', ym(2565, 10), ym(2566, 9)],
    // Issue 23: a range of fiscal years used to be refused.
    ['ปีงบประมาณ 2566 - 2567', ym(2565, 10), ym(2567, 9)],
    // ถึง / ถึงเดือน / จนถึง as separators.
    ['ต.ค. 65 ถึง ธ.ค. 66', ym(2565, 10), ym(2566, 12)],
    ['ต.ค.65ถึงธ.ค.66', ym(2565, 10), ym(2566, 12)],
    ['เดือนตุลาคม 2565 ถึงเดือนธันวาคม 2566', ym(2565, 10), ym(2566, 12)],
    ['ตั้งแต่ ต.ค. 65 จนถึง ธ.ค. 66', ym(2565, 10), ym(2566, 12)],
    // Abbreviations with missing dots, spaces inside, or no dots at all.
    ['ต.ค 65 - ธ.ค 66', ym(2565, 10), ym(2566, 12)],
    ['ตค65-ธค66', ym(2565, 10), ym(2566, 12)],
    ['ต. ค. 65 - ธ. ค. 66', ym(2565, 10), ym(2566, 12)],
    ['มีค 66', ym(2566, 3), ym(2566, 3)],
    ['เม.ย.-มิ.ย. 66', ym(2566, 4), ym(2566, 6)],
    ['ก.พ.-พ.ค. 66', ym(2566, 2), ym(2566, 5)],
    ['ก.ค.-พ.ย. 66', ym(2566, 7), ym(2566, 11)],
    // Spoken short forms.
    ['ตุลา 65 - ธันวา 66', ym(2565, 10), ym(2566, 12)],
    // พ.ศ. before a year, with or without its last dot.
    ['ต.ค. พ.ศ. 2565 - ธ.ค. พ.ศ 2566', ym(2565, 10), ym(2566, 12)],
    // Other dashes and stray whitespace pasted from Word or PDF.
    ['ต.ค.65\u2014ธ.ค.66', ym(2565, 10), ym(2566, 12)],
    ['ต.ค.65\u2212ธ.ค.66', ym(2565, 10), ym(2566, 12)],
    ['ต.ค.65 \u00a0-\u200b ธ.ค.66', ym(2565, 10), ym(2566, 12)],
    ['\tต.ค.65\n-\nธ.ค.66\t', ym(2565, 10), ym(2566, 12)],
    // Same month at both ends.
    ['ต.ค.65-ต.ค.65', ym(2565, 10), ym(2565, 10)],
  ])('%j → start %o, end %o', (raw, start, end) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toEqual({
      raw, start, end, startDay: null, endDay: null, readAsFiscalYear: null, warnings: [], notes: [],
    });
  });

  it('reads decomposed (NFD) input the same as NFC', () => {
    const raw = 'ต.ค.65-ธ.ค.66'.normalize('NFD');
    expect(parseTimeframe(raw).start).toEqual(ym(2565, 10));
  });
});

describe('parseTimeframe: forms it refuses', () => {
  it.each<[string, TimeframeWarningCode, string]>([
    ['', 'empty', 'ยังไม่ได้กรอก'],
    ['   ', 'empty', 'ยังไม่ได้กรอก'],
    ['\u200b', 'empty', 'ยังไม่ได้กรอก'],
    ['ม.ค.-มี.ค.', 'no-year', '"ม.ค.-มี.ค."'],
    ['มีนาคม', 'no-year', '"มีนาคม"'],
    ['ปีงบประมาณ', 'no-year', 'เช่น "ปีงบประมาณ 2566"'],
    ['ต.ค. 65 - มี.ค.', 'no-year', 'เดือนสิ้นสุด'],
    ['ธ.ค.66-ต.ค.65', 'end-before-start', 'สิ้นสุด (ต.ค. 2565) ก่อนเริ่มต้น (ธ.ค. 2566)'],
    ['ก.ย. 2566 - ต.ค. 2565', 'end-before-start', '"ก.ย. 2566 - ต.ค. 2565"'],
    // Issue 23: these four now name their actual problem instead of 'no month or fiscal year'.
    ['ตลอดปี', 'vague', '"ตลอดปี" ไม่ระบุเดือนหรือปีที่แน่นอน'],
    ['ต.ค.65-ธ.ค.66 หรือจนกว่าจะเสร็จ', 'unrecognised', '"หรือจนกว่าจะเสร็จ"'],
    ['Q1/66', 'unrecognised', 'ไม่รู้จักข้อความ "Q1/66"'],
    ['13/66', 'unrecognised', '"13/66"'],
    ['10/65-12/66', 'unrecognised', '"10/65-12/66"'],
    ['2566', 'ambiguous', 'ปีงบประมาณ 2566 (ต.ค. 2565 – ก.ย. 2566)'],
    ['ต.ค.65/ธ.ค.66', 'unrecognised', '"/ธ.ค.66"'],
    ['October 2022', 'unrecognised', '"October 2022"'],
    ['ต.ค.65-ธ.ค.66-มี.ค.67', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค.65--ธ.ค.66', 'unrecognised', 'ควรเขียนเป็น'],
    ['-ต.ค.65', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค.65-', 'unrecognised', 'ควรเขียนเป็น'],
    ['65 ต.ค.', 'invalid-day', '"65" หน้าเดือน "ต.ค." อ่านเป็นวันที่'],
    ['ต.ค. 65 66', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค. ธ.ค. 66', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค.65 ปีงบประมาณ 2567', 'ambiguous', 'ต.ค. 2565 – ต.ค. 2565 ไม่อยู่ในปีงบประมาณ 2567'],
    ['ปีงบประมาณ ต.ค. 66', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค. 65 เดือน', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค. พ.ศ.', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค. 65 ตั้งแต่', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค.565', 'unrecognised', '"565" ไม่ใช่ปี พ.ศ.'],
    ['ต.ค.6', 'unrecognised', '"6" ไม่ใช่ปี พ.ศ.'],
    ['ต.ค.2900', 'unrecognised', '"2900" ไม่ใช่ปี พ.ศ.'],
    ['ปีงบประมาณ 2400', 'unrecognised', 'ควรเขียนเป็น'],
    ['ต.ค.2022-ธ.ค.2023', 'ce-year', 'ปี "2022" ใน "ต.ค.2022-ธ.ค.2023" น่าจะเป็นปี ค.ศ.'],
    ['ปีงบประมาณ 2023', 'ce-year', 'พ.ศ. 2566'],
    ['ต.ด.65', 'invalid-month', 'ไม่รู้จักเดือน "ต.ด."'],
    ['ม.ค.-ม.ด. 66', 'invalid-month', 'ไม่รู้จักเดือน "ม.ด."'],
  ])('%j → %s', (raw, code, messagePart) => {
    const parsed = parseTimeframe(raw);
    expect(parsed.raw).toBe(raw);
    expect(parsed.start).toBeNull();
    expect(parsed.end).toBeNull();
    expect(parsed.warnings.map((w) => w.code)).toContain(code);
    expect(parsed.warnings.every((w) => w.code === code)).toBe(true);
    expect(parsed.warnings.map((w) => w.message).join('\n')).toContain(messagePart);
  });

  it('names every C.E. year it found, with its B.E. equivalent, without converting', () => {
    const parsed = parseTimeframe('ต.ค.2022-ธ.ค.2023');
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.warnings[0]?.message).toContain('ค.ศ. 2022 คือ พ.ศ. 2565');
    expect(parsed.warnings[1]?.message).toContain('ค.ศ. 2023 คือ พ.ศ. 2566');
  });

  it('quotes what the officer typed (trimmed), not the normalised copy', () => {
    const parsed = parseTimeframe('  ตลอด ๖๖  ');
    expect(parsed.warnings[0]?.message).toContain('"ตลอด ๖๖"');
  });
});

describe('parseTimeframe: raw is kept exactly', () => {
  it.each([
    ' ต.ค. ๖๕ - ธ.ค. ๖๖ ',
    'ม.ค.\u2013มี.ค. 66',
    'ต.ค.65  -  ธ.ค.66\n',
    'ต.ค.65-ธ.ค.66'.normalize('NFD'),
    '   ',
    'ตลอดปี',
    'ต.ค.2022-ธ.ค.2023',
  ])('%j', (raw) => {
    expect(parseTimeframe(raw).raw).toBe(raw);
  });
});

describe('formatTimeframeThai', () => {
  it.each<[YearMonth, YearMonth, string]>([
    [ym(2565, 10), ym(2566, 12), 'ต.ค. 2565 – ธ.ค. 2566'],
    [ym(2566, 3), ym(2566, 3), 'มี.ค. 2566'],
  ])('%o – %o → %s', (start, end, text) => {
    expect(formatTimeframeThai(start, end)).toBe(text);
  });

  it('round-trips through parseTimeframe', () => {
    const text = formatTimeframeThai(ym(2565, 10), ym(2566, 9));
    expect(parseTimeframe(text)).toMatchObject({ start: ym(2565, 10), end: ym(2566, 9), warnings: [] });
  });
});
