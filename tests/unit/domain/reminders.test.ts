import { agencyReminderText, shortTitle, TITLE_LIMIT, unitReminderText } from '../../../src/domain/reminders';
import { freshnessOf } from '../../../src/domain/freshness';
import { formatThaiDate } from '../../../src/domain/thaiDate';
import type { MeetingCalendar } from '../../../src/domain/schemas/meetingCalendar';
import { seedData } from '../../support/seed';

// The seed's measures, nobody having reported since the meeting of 10 November 2026 (2569 B.E.),
// the next on Tuesday 8 December.
const calendar: MeetingCalendar = { rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: [], cancelledDates: [] };
const data = seedData();
const report = freshnessOf(data.measures, [], calendar, new Date('2026-12-01T03:00:00.000Z'));
const unitName = (id: string) => data.units.find((u) => u.id === id)?.name ?? 'ไม่ระบุส่วนราชการ';
const LINK = 'https://ita.example.go.th/#/measures?unit=unit-finance&fresh=stale';

describe('the reminder to a unit', () => {
  it('names the unit, its measures, the last and the next meeting in B.E., and the link', () => {
    const finance = report.byUnit.find((u) => u.unitId === 'unit-finance');
    if (!finance || !report.lastMeeting) throw new Error('no reminder to write');
    expect(
      unitReminderText({ unitName: unitName(finance.unitId), titles: finance.stale.map((m) => m.title), lastMeeting: report.lastMeeting, nextMeeting: report.nextMeeting, link: LINK }),
    ).toBe(
      [
        'เรียน กองคลัง',
        'มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) มี 1 มาตรการ',
        '1. การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
        'ขอให้บันทึกความคืบหน้าในระบบก่อนการประชุมครั้งต่อไป วันอังคารที่ 8 ธันวาคม 2569',
        `เปิดรายการ: ${LINK}`,
      ].join('\n'),
    );
  });

  it('lists สำนักปลัดเทศบาล’s five in document order, and asks for soon when no meeting is set', () => {
    const palad = report.byUnit.find((u) => u.unitId === 'unit-palad');
    if (!palad) throw new Error('no reminder to write');
    const text = unitReminderText({ unitName: unitName(palad.unitId), titles: palad.stale.map((m) => m.title), lastMeeting: '2026-11-10', nextMeeting: null, link: LINK });
    expect(text.split('\n')).toEqual([
      'เรียน สำนักปลัดเทศบาล',
      'มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) มี 5 มาตรการ',
      '1. การสร้างมาตรฐานป้องกันการรับสินบน',
      '2. การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม',
      '3. แจ้งประชาสัมพันธ์ในการปฏิบัติงานด้วยความโปร่งใส',
      '4. จัดทำคู่มือประชาสัมพันธ์ให้ผู้ปฏิบัติงานด้วยกันที่ยังไม่เข้าใจได้รับทราบ',
      '5. ดำเนินการหรือกิจกรรมการมีส่วนร่วมของผู้บริหารสูงสุด',
      'ขอให้บันทึกความคืบหน้าในระบบโดยเร็ว',
      `เปิดรายการ: ${LINK}`,
    ]);
  });

  it('cuts a long title at a space where one is near the end, else at the limit, with an ellipsis', () => {
    const spaced = `${'ก'.repeat(60)} ${'ข'.repeat(40)}`;
    expect(shortTitle(spaced)).toBe(`${'ก'.repeat(60)}…`);
    const unspaced = 'ค'.repeat(120);
    expect(shortTitle(unspaced)).toBe(`${'ค'.repeat(TITLE_LIMIT - 1)}…`);
    expect(shortTitle('  มาตรการ\nสั้น  ')).toBe('มาตรการ สั้น');
    expect(shortTitle(`${'ง'.repeat(10)} ${'จ'.repeat(100)}`)).toHaveLength(TITLE_LIMIT);
  });
});

describe('the summary for the whole agency', () => {
  it('counts the waiting measures unit by unit for the seed', () => {
    const text = agencyReminderText({
      units: report.byUnit.map((u) => ({ unitName: unitName(u.unitId), stale: u.stale.length })),
      stale: report.stale.length,
      expected: report.byUnit.reduce((n, u) => n + u.expected, 0),
      lastMeeting: '2026-11-10',
      nextMeeting: '2026-12-08',
      link: 'https://ita.example.go.th/#/',
    });
    expect(text).toBe(
      [
        'ความคืบหน้ามาตรการ ITA ก่อนการประชุมวันอังคารที่ 8 ธันวาคม 2569',
        'ยังไม่ได้บันทึกตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) 9 จาก 9 มาตรการ',
        '- สำนักปลัดเทศบาล 5 มาตรการ',
        '- ไม่ระบุส่วนราชการ 3 มาตรการ',
        '- กองคลัง 1 มาตรการ',
        'ขอให้ทุกส่วนราชการบันทึกความคืบหน้าในระบบก่อนการประชุมครั้งต่อไป วันอังคารที่ 8 ธันวาคม 2569',
        'ดูภาพรวม: https://ita.example.go.th/#/',
      ].join('\n'),
    );
  });

  it('says when everyone has reported, and leaves out units with nothing waiting', () => {
    const all = agencyReminderText({ units: [{ unitName: 'กองคลัง', stale: 0 }], stale: 0, expected: 9, lastMeeting: '2026-11-10', nextMeeting: null, link: 'L' });
    expect(all).toBe(['ความคืบหน้ามาตรการ ITA', 'ทุกส่วนราชการบันทึกความคืบหน้าครบทั้ง 9 มาตรการแล้วตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569)', 'ดูภาพรวม: L'].join('\n'));
    const some = agencyReminderText({ units: [{ unitName: 'กองคลัง', stale: 0 }, { unitName: 'กองช่าง', stale: 2 }], stale: 2, expected: 4, lastMeeting: '2026-11-10', nextMeeting: null, link: 'L' });
    expect(some).not.toContain('กองคลัง');
    expect(some).toContain('- กองช่าง 2 มาตรการ');
  });
});

it('writes dates as Thai documents do, in B.E.', () => {
  expect(formatThaiDate('2026-12-08', { weekday: true })).toBe('วันอังคารที่ 8 ธันวาคม 2569');
  expect(formatThaiDate('2027-01-01', { short: true })).toBe('1 ม.ค. 2570');
  expect(formatThaiDate('2026-10-01')).toBe('1 ตุลาคม 2569');
  expect(formatThaiDate('2026-11-15', { weekday: true, short: true })).toBe('วันอาทิตย์ที่ 15 พ.ย. 2569');
  expect(() => formatThaiDate('8/12/2569')).toThrow(RangeError);
});
