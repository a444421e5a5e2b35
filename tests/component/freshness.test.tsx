import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData, seedStore } from '../support/seed';
import { PLANNER, progress } from '../contract/storeContract';
import { renderApp } from './renderApp';

// The dashboard's "updated since the last meeting" on the seed: meetings on the second Tuesday
// (10 November and 8 December 2026), seen on 1 December 2026.
const meetings = { rule: { kind: 'weekday-of-month' as const, week: 2 as const, weekday: 2 }, extraDates: [], cancelledDates: [] };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T03:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

async function storeWithMeetings() {
  const data = seedData();
  data.settings = { ...data.settings, meetings };
  return seedStore(data, () => PLANNER);
}

const region = () => screen.findByRole('region', { name: 'การบันทึกความคืบหน้าก่อนการประชุม' }, { timeout: 10_000 });

describe('updates since the last meeting', () => {
  it('shows the next meeting and, unit by unit, what has not been updated since the last', async () => {
    const store = await storeWithMeetings();
    await store.appendProgress('msr-plan-3', progress({ date: '2026-11-20', percent: 40, note: 'ยังเท่าเดิม รอผลการจัดซื้อ' }));
    await renderApp({ store, preferences: { dataSource: 'browser', actor: PLANNER } });
    const section = await region();
    expect(section).toHaveTextContent('การประชุมครั้งต่อไป: วันอังคารที่ 8 ธันวาคม 2569');
    expect(section).toHaveTextContent('นับการบันทึกตั้งแต่การประชุมครั้งก่อน 10 พฤศจิกายน 2569');
    expect(section).toHaveTextContent('ยังไม่อัปเดต 8 จาก 9 มาตรการที่ต้องรายงาน');
    const lines = within(section).getAllByText(/^ยังไม่อัปเดต \d+ จาก \d+$/).map((el) => el.closest('p')?.textContent);
    expect(lines).toEqual(['สำนักปลัดเทศบาล ยังไม่อัปเดต 5 จาก 5', 'ไม่ระบุส่วนราชการ ยังไม่อัปเดต 3 จาก 3', 'กองคลัง ยังไม่อัปเดต 0 จาก 1']);
    const palad = within(section).getByRole('list', { name: 'มาตรการที่ยังไม่อัปเดตของสำนักปลัดเทศบาล' });
    expect(within(palad).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '#/measures/msr-plan-1',
      '#/measures/msr-plan-2',
      '#/measures/msr-fnd-eit-1',
      '#/measures/msr-fnd-iit-1',
      '#/measures/msr-fnd-oit-1',
    ]);
    expect(within(section).getByRole('link', { name: 'กองคลัง' })).toHaveAttribute('href', '#/measures?year=2565&unit=unit-finance');
  });

  it('hands the planning officer each unit’s message to copy, and says the app sends nothing', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => (written.push(text), Promise.resolve()) } });
    await renderApp({ store: await storeWithMeetings(), preferences: { dataSource: 'browser', actor: PLANNER } });
    const section = await region();
    await user.click(within(section).getByText('ข้อความเตือนสำนักปลัดเทศบาล'));
    const box = within(section).getByText('ข้อความเตือนสำนักปลัดเทศบาล').closest('details') as HTMLElement;
    const message = within(box).getByRole('textbox', { name: 'ข้อความสำหรับส่งในกลุ่มไลน์ของหัวหน้าส่วนราชการ' });
    expect((message as HTMLTextAreaElement).value.split('\n').slice(0, 3)).toEqual([
      'เรียน สำนักปลัดเทศบาล',
      'มาตรการ ITA ที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พ.ย. 2569) มี 5 มาตรการ',
      '1. การสร้างมาตรฐานป้องกันการรับสินบน',
    ]);
    expect((message as HTMLTextAreaElement).value).toMatch(/เปิดรายการ: http:\/\/localhost(:\d+)?\/#\/measures\?year=2565&unit=unit-palad&fresh=stale$/);
    await user.click(within(box).getByRole('button', { name: 'คัดลอกข้อความ' }));
    expect(within(box).getByRole('status')).toHaveTextContent('คัดลอกข้อความแล้ว นำไปวางในกลุ่มไลน์ได้เลย');
    expect(written).toEqual([(message as HTMLTextAreaElement).value]);
    expect(within(section).getByText('ข้อความสรุปทั้งหน่วยงาน')).toBeInTheDocument();
    expect(section).toHaveTextContent('ระบบไม่ได้ส่งข้อความให้เอง');
  });

  it('selects the message for the person to copy where the clipboard refuses', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await renderApp({ store: await storeWithMeetings(), preferences: { dataSource: 'browser', actor: PLANNER } });
    const section = await region();
    await user.click(within(section).getByText('ข้อความสรุปทั้งหน่วยงาน'));
    const box = within(section).getByText('ข้อความสรุปทั้งหน่วยงาน').closest('details') as HTMLElement;
    await user.click(within(box).getByRole('button', { name: 'คัดลอกข้อความ' }));
    expect(within(box).getByRole('status')).toHaveTextContent('คัดลอกอัตโนมัติไม่ได้');
    expect(within(box).getByRole('textbox')).toHaveFocus();
  });

  it('gives a department head the counts but no reminders, and says so when no meeting is set', async () => {
    const head = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    const { unmount } = await renderApp({ store: await storeWithMeetings(), preferences: { dataSource: 'browser', actor: head } });
    const section = await region();
    expect(section).toHaveTextContent('ยังไม่อัปเดต 9 จาก 9 มาตรการที่ต้องรายงาน');
    expect(within(section).queryByText(/^ข้อความเตือน/)).toBeNull();
    unmount();
    await renderApp({ store: await seedStore(seedData(), () => PLANNER), preferences: { dataSource: 'browser', actor: PLANNER } });
    const none = await region();
    expect(none).toHaveTextContent('ยังไม่ได้กำหนดวันประชุมประจำเดือน');
    expect(within(none).getByRole('link', { name: 'กำหนดวันประชุมในหน้าตั้งค่า' })).toHaveAttribute('href', '#/settings');
  });
});

describe('the measures list and the last meeting', () => {
  it('shows the next meeting, marks each card, and filters to what has not been updated', async () => {
    const store = await storeWithMeetings();
    await store.appendProgress('msr-plan-1', progress({ date: '2026-11-20', percent: 60, note: 'อบรมแล้ว' }));
    await renderApp({ store, url: '/measures?year=2565&unit=unit-palad&fresh=stale', preferences: { dataSource: 'browser', actor: PLANNER } });
    expect(await screen.findByText('การประชุมครั้งต่อไป: วันอังคารที่ 8 ธันวาคม 2569', {}, { timeout: 5000 })).toBeInTheDocument();
    const filter = screen.getByRole('combobox', { name: 'การอัปเดตตั้งแต่การประชุมครั้งก่อน' });
    expect(filter).toHaveDisplayValue('ยังไม่อัปเดต');
    // The measures' titles: the unit's progress chart above the list has a heading of its own.
    const titles = () =>
      screen
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent)
        .filter((text) => !text?.startsWith('ความคืบหน้าของสำนักปลัดเทศบาล ตลอดปีงบประมาณ'));
    await screen.findAllByRole('heading', { level: 2 });
    expect(titles()).toEqual([
      'การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม',
      'แจ้งประชาสัมพันธ์ในการปฏิบัติงานด้วยความโปร่งใส',
      'จัดทำคู่มือประชาสัมพันธ์ให้ผู้ปฏิบัติงานด้วยกันที่ยังไม่เข้าใจได้รับทราบ',
      'ดำเนินการหรือกิจกรรมการมีส่วนร่วมของผู้บริหารสูงสุด',
    ]);
    expect(screen.getAllByText(/^ยังไม่อัปเดตตั้งแต่การประชุม 10 พ\.ย\. 2569$/)).toHaveLength(4);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.selectOptions(filter, 'อัปเดตแล้ว');
    await waitFor(() => expect(titles()).toEqual(['การสร้างมาตรฐานป้องกันการรับสินบน']));
    expect(screen.getByText('อัปเดตแล้วหลังการประชุม 10 พ.ย. 2569')).toBeInTheDocument();
  });

  it('offers no such filter and no meeting line where no meeting is set', async () => {
    await renderApp({ store: await seedStore(seedData(), () => PLANNER), url: '/measures?year=2565', preferences: { dataSource: 'browser', actor: PLANNER } });
    expect(await screen.findByRole('combobox', { name: 'สถานะ' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'การอัปเดตตั้งแต่การประชุมครั้งก่อน' })).toBeNull();
    expect(screen.queryByText(/^การประชุมครั้งต่อไป/)).toBeNull();
  });
});

describe('the meeting screen and the last meeting', () => {
  it('shows, unit by unit, who has not updated since the last meeting, and counts news from it', async () => {
    const store = await storeWithMeetings();
    await store.appendProgress('msr-plan-3', progress({ date: '2026-11-20', percent: 40, note: 'รอผลการจัดซื้อ' }));
    await renderApp({ store, url: '/meeting?slides=fresh,progress', preferences: { dataSource: 'browser', actor: PLANNER } });
    const heading = await screen.findByRole('heading', { level: 2, name: 'ยังไม่อัปเดตตั้งแต่การประชุม 10 พฤศจิกายน 2569' }, { timeout: 5000 });
    const rows = within(heading.closest('section') as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    expect(rows[0]).toMatch(/^สำนักปลัดเทศบาลยังไม่อัปเดต 5 จาก 5 มาตรการการสร้างมาตรฐานป้องกันการรับสินบน · /);
    expect(rows.slice(1)).toEqual([
      'ยังไม่ระบุผู้รับผิดชอบยังไม่อัปเดต 3 จาก 3 มาตรการมาตรการสร้างความโปร่งใสในการปฏิบัติงาน · มาตรการสร้างความเข้าใจให้แก่ผู้ปฏิบัติงานด้วยกัน · มาตรการเปิดเผยข้อมูลข่าวสารเพื่อสร้างความโปร่งใส',
      'กองคลังอัปเดตครบ 1 มาตรการ',
    ]);
    // The news slide counts from the last meeting too, not from a month ago.
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.keyboard('2');
    expect(await screen.findByRole('heading', { level: 2, name: 'ความคืบหน้าที่รายงานตั้งแต่ 10 พฤศจิกายน 2569' })).toBeInTheDocument();
  });
});

describe('my work, for a department head', () => {
  it('puts the unit’s measures that need an update first, one tap from the progress form', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const head = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    const store = await storeWithMeetings();
    await renderApp({ store, preferences: { dataSource: 'browser', actor: head } });
    const mine = await screen.findByRole('region', { name: 'งานของฉันก่อนการประชุมวันอังคารที่ 8 ธันวาคม 2569' }, { timeout: 5000 });
    expect(mine).toHaveTextContent('มาตรการของกองคลังที่ยังไม่ได้บันทึกความคืบหน้าตั้งแต่การประชุมครั้งก่อน (10 พฤศจิกายน 2569)');
    // First on the page: before the score.
    expect(mine.compareDocumentPosition(screen.getByRole('heading', { level: 2, name: 'คะแนนรวมและระดับ' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const stale = within(mine).getByRole('list', { name: 'มาตรการที่ต้องบันทึกความคืบหน้า' });
    await user.click(within(stale).getByRole('link', { name: 'บันทึกความคืบหน้า: การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }));
    const percent = await screen.findByLabelText('ความคืบหน้า (ร้อยละ 0–100)', {}, { timeout: 5000 });
    await vi.waitFor(() => expect(percent).toHaveFocus());
  });

  it('says when the unit is up to date, and shows nothing to the planning officer', async () => {
    const head = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    const store = await storeWithMeetings();
    await store.appendProgress('msr-plan-3', progress({ date: '2026-11-25', percent: 50, note: 'ตรวจรับแล้ว' }));
    const { unmount } = await renderApp({ store, preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByText('มาตรการของกองคลังบันทึกความคืบหน้าครบแล้วตั้งแต่การประชุมครั้งก่อน (10 พฤศจิกายน 2569)', {}, { timeout: 5000 })).toBeInTheDocument();
    unmount();
    await renderApp({ store, preferences: { dataSource: 'browser', actor: PLANNER } });
    await screen.findByRole('heading', { level: 2, name: 'คะแนนรวมและระดับ' }, { timeout: 5000 });
    expect(screen.queryByRole('region', { name: /^งานของฉัน/ })).toBeNull();
  });

  it('leads with the unit’s measures with no meeting days set: nothing recorded in 30 days, and what is late', async () => {
    const head = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    const store = await seedStore(seedData(), () => PLANNER);
    const { unmount } = await renderApp({ store, preferences: { dataSource: 'browser', actor: head } });
    const mine = await screen.findByRole('region', { name: 'งานของกองคลัง' }, { timeout: 5000 });
    expect(mine.compareDocumentPosition(screen.getByRole('heading', { level: 2, name: 'คะแนนรวมและระดับ' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The rule the list follows is said in words: 30 days back from 1 December 2026, or never.
    expect(mine).toHaveTextContent('มาตรการของกองคลังที่ไม่มีการบันทึกความคืบหน้าใน 30 วันที่ผ่านมา (ตั้งแต่ 1 พฤศจิกายน 2569) หรือยังไม่เคยบันทึก');
    const title = 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง';
    const stale = within(mine).getByRole('list', { name: 'มาตรการที่ต้องบันทึกความคืบหน้า' });
    expect(within(stale).getByRole('link', { name: `บันทึกความคืบหน้า: ${title}` })).toHaveAttribute('href', '#/measures/msr-plan-3?report=1');
    const late = within(mine).getByRole('list', { name: 'เกินกำหนดหรือเสี่ยงล่าช้า' });
    expect(within(late).getByText(title)).toBeInTheDocument();
    expect(within(mine).getByRole('link', { name: 'ดูมาตรการทั้งหมดของกองคลัง (1)' })).toHaveAttribute('href', '#/measures?year=2565&unit=unit-finance');
    unmount();

    await store.appendProgress('msr-plan-3', progress({ date: '2026-11-25', percent: 50, note: 'ตรวจรับแล้ว' }));
    await renderApp({ store, preferences: { dataSource: 'browser', actor: head } });
    expect(
      await screen.findByText('มาตรการของกองคลังบันทึกความคืบหน้าแล้วทุกมาตรการใน 30 วันที่ผ่านมา (ตั้งแต่ 1 พฤศจิกายน 2569)', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });
});
