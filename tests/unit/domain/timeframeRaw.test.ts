import { parseTimeframe } from '../../../src/domain/timeframe';
import type { TimeframeWarningCode } from '../../../src/domain/timeframe';

// What stays raw, and that each warning names the actual problem: 40 cases.
describe('parseTimeframe: stays raw and says why', () => {
  it.each<[string, TimeframeWarningCode, string]>([
    // Vague words name no month or year.
    ['ต้นปี', 'vague', '"ต้นปี"'],
    ['กลางปี', 'vague', '"กลางปี"'],
    ['ปลายปี.', 'vague', '"ปลายปี"'],
    ['ตลอดปี', 'vague', '"ตลอดปี"'],
    ['ทั้งปี', 'vague', '"ทั้งปี"'],
    ['ตามความเหมาะสม', 'vague', '"ตามความเหมาะสม"'],
    ['ดำเนินการต่อเนื่อง', 'vague', '"ดำเนินการต่อเนื่อง"'],
    ['ดำเนินการอย่างต่อเนื่อง', 'vague', '"ดำเนินการอย่างต่อเนื่อง"'],
    ['ทุกเดือน', 'vague', '"ทุกเดือน"'],
    ['ทุกไตรมาส ปีงบประมาณ 2567', 'vague', '"ทุกไตรมาส"'],
    // C.E. years: ask, never convert.
    ['ต.ค. 2023 - ก.ย. 2024', 'ce-year', 'ค.ศ. 2024 คือ พ.ศ. 2567'],
    ['1 ต.ค. 2023', 'ce-year', 'ค.ศ. 2023 คือ พ.ศ. 2566'],
    ['ค.ศ. 2023', 'ce-year', 'ค.ศ. 2023 คือ พ.ศ. 2566'],
    ['ปีงบประมาณ ค.ศ. 2024', 'ce-year', 'ค.ศ. 2024 คือ พ.ศ. 2567'],
    ['ค.ศ. 2566', 'ce-year', 'เขียน "ค.ศ." หน้าปี 2566 ซึ่งเป็นปี พ.ศ.'],
    ['ธ.ค. - ม.ค. 2400', 'unrecognised', '"2400" ไม่ใช่ปี พ.ศ. ที่เป็นไปได้ (รับปี พ.ศ. 2550–2650)'],
    // Two plausible meanings: both are named.
    ['1-3/67', 'ambiguous', 'เป็นเดือน (1 = ม.ค.) หรือเป็นไตรมาสของปีงบประมาณ (1 = ต.ค.–ธ.ค.)'],
    ['1/67', 'ambiguous', 'อ่านได้สองแบบ'],
    ['2566-67', 'ambiguous', 'ปี พ.ศ. 2566–2567 (ม.ค. 2566 – ธ.ค. 2567) หรือปีงบประมาณ 2566–2567 (ต.ค. 2565 – ก.ย. 2567)'],
    ['2566 - 2567', 'ambiguous', 'ปีงบประมาณ 2566–2567'],
    ['ปี 2567', 'ambiguous', 'ปี พ.ศ. 2567 (ม.ค. 2567 – ธ.ค. 2567) หรือปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)'],
    ['ปี พ.ศ. ๒๕๖๗', 'ambiguous', 'ปีงบประมาณ 2567'],
    ['ตลอดปี 2567', 'ambiguous', 'ปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)'],
    ['ตลอดทั้งปี 2567', 'ambiguous', 'ปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)'],
    ['ตลอดทั้งปี', 'vague', '"ตลอดทั้งปี"'],
    ['10/65-12/66', 'unrecognised', 'กรุณาเขียนชื่อเดือน'],
    ['1/10/2566', 'unrecognised', 'เช่น "ต.ค. 65 - ธ.ค. 66" หรือ "1 ต.ค. 2566"'],
    // Unknown words are quoted, not summarised as "no month or fiscal year".
    ['ต.ค.65-ธ.ค.66 ตามแผน', 'unrecognised', 'ไม่รู้จักข้อความ "ตามแผน"'],
    ['ประมาณ ต.ค. 66', 'unrecognised', 'ไม่รู้จักข้อความ "ประมาณ"'],
    ['Oct 2023', 'unrecognised', 'ไม่รู้จักข้อความ "Oct"'],
    // A month's year and a fiscal year that disagree are two answers.
    ['ต.ค. 66 ปีงบประมาณ 2566', 'ambiguous', 'ไม่อยู่ในปีงบประมาณ 2566 (ต.ค. 2565 – ก.ย. 2566)'],
    ['ปีงบประมาณ ม.ค. 67', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ม.ค."'],
    // Numbers after a month are years and named as such; before a month they are days.
    ['ต.ค. 123', 'unrecognised', '"123" ไม่ใช่ปี พ.ศ.'],
    ['45 ม.ค. 67', 'invalid-day', '"45" หน้าเดือน "ม.ค." อ่านเป็นวันที่'],
    ['ไตรมาส 2 (ม.ค.)', 'no-year', 'ไม่ระบุปี'],
    ['ตั้งแต่ปีงบประมาณ 2567', 'open-end', 'ไม่บอกว่าสิ้นสุดเมื่อใด'],
    // Word orders that would need a guess to read.
    ['วันที่ ก.พ. 29', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ก.พ."'],
    ['15 เดือน ต.ค. 66', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "เดือน"'],
    ['ก่อนสิ้น 15 ม.ค. 67', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "15"'],
    ['ระหว่างก่อนสิ้นเดือน ก.พ. 67', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ก่อน"'],
    ['ไตรมาสที่ 2 ของ', 'unrecognised', 'อ่านไม่ได้ตั้งแต่ "ของ"'],
    ['22 – ต.ค. 66', 'unrecognised', 'ควรเขียนเป็น'],
  ])('%j → %s', (raw, code, part) => {
    const parsed = parseTimeframe(raw);
    expect(parsed).toMatchObject({ raw, start: null, end: null, startDay: null, endDay: null, readAsFiscalYear: null, notes: [] });
    expect(parsed.warnings.length).toBeGreaterThan(0);
    expect(parsed.warnings.every((w) => w.code === code)).toBe(true);
    const text = parsed.warnings.map((w) => w.message).join('\n');
    expect(text).toContain(part);
    expect(text).toContain(`"${raw.trim()}"`);
    expect(text).not.toContain('ไม่พบชื่อเดือนหรือปีงบประมาณ');
  });

  it('never calls a day number "not a B.E. year"', () => {
    const message = parseTimeframe('45 ม.ค. 67').warnings[0]?.message ?? '';
    expect(message).not.toContain('ไม่ใช่ปี พ.ศ.');
  });
});
