import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedStore, seedData } from '../support/seed';
import { PLANNER } from '../contract/storeContract';
import { renderApp } from './renderApp';

// The planning officer sets the monthly meeting in settings; seen on 1 December 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T03:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

const section = () => screen.findByRole('region', { name: 'วันประชุมประจำเดือน' }, { timeout: 5000 });

it('sets the second Tuesday, adds and cancels dates, shows the next meetings in B.E., and saves', async () => {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const store = await seedStore(seedData(), () => PLANNER);
  await renderApp({ store, url: '/settings', preferences: { dataSource: 'browser', actor: PLANNER } });
  const meetings = await section();
  expect(await within(meetings).findByText('ยังไม่มีวันประชุมในปีข้างหน้า')).toBeInTheDocument();
  await user.click(within(meetings).getByRole('radio', { name: /^วันในสัปดาห์ของเดือน/ }));
  expect(within(meetings).getByRole('combobox', { name: 'สัปดาห์' })).toHaveDisplayValue('ที่สอง');
  expect(within(meetings).getByRole('combobox', { name: 'วัน' })).toHaveDisplayValue('อังคาร');
  const upcoming = () => within(meetings).getByRole('heading', { name: 'การประชุมครั้งต่อ ๆ ไป' }).nextElementSibling?.textContent;
  expect(upcoming()).toBe(
    ['วันอังคารที่ 8 ธันวาคม 2569', 'วันอังคารที่ 12 มกราคม 2570', 'วันอังคารที่ 9 กุมภาพันธ์ 2570', 'วันอังคารที่ 9 มีนาคม 2570'].join(''),
  );

  const cancelled = within(meetings).getByRole('group', { name: 'วันประชุมที่ยกเลิก (เช่น ตรงกับวันหยุด)' });
  await user.click(within(cancelled).getByRole('button', { name: 'ยกเลิกการประชุมวันที่เลือก' }));
  expect(within(cancelled).getByText('เลือกวันที่ก่อน')).toBeInTheDocument();
  await user.type(within(cancelled).getByLabelText('วันที่'), '2027-01-12');
  await user.click(within(cancelled).getByRole('button', { name: 'ยกเลิกการประชุมวันที่เลือก' }));
  const extra = within(meetings).getByRole('group', { name: 'วันประชุมที่เพิ่ม (นอกจากวันประจำ)' });
  await user.type(within(extra).getByLabelText('วันที่'), '2027-01-19');
  await user.click(within(extra).getByRole('button', { name: 'เพิ่มวันประชุม' }));
  expect(upcoming()).toBe(['วันอังคารที่ 8 ธันวาคม 2569', 'วันอังคารที่ 19 มกราคม 2570', 'วันอังคารที่ 9 กุมภาพันธ์ 2570', 'วันอังคารที่ 9 มีนาคม 2570'].join(''));
  // Removing a date takes its button away: focus moves on to the date field.
  await user.type(within(extra).getByLabelText('วันที่'), '2027-02-01');
  await user.click(within(extra).getByRole('button', { name: 'เพิ่มวันประชุม' }));
  await user.click(within(extra).getByRole('button', { name: 'นำ วันจันทร์ที่ 1 กุมภาพันธ์ 2570 ออก' }));
  expect(within(extra).getByLabelText('วันที่')).toHaveFocus();

  await user.click(within(meetings).getByRole('button', { name: 'บันทึก' }));
  expect(await within(meetings).findByText('บันทึกแล้ว')).toBeInTheDocument();
  expect((await store.getSettings()).meetings).toEqual({ rule: { kind: 'weekday-of-month', week: 2, weekday: 2 }, extraDates: ['2027-01-19'], cancelledDates: ['2027-01-12'] });
});

it('says beside the field what is wrong with a day of the month, and keeps what was typed', async () => {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const store = await seedStore(seedData(), () => PLANNER);
  await renderApp({ store, url: '/settings', preferences: { dataSource: 'browser', actor: PLANNER } });
  const meetings = await section();
  await user.click(await within(meetings).findByRole('radio', { name: /^วันที่ของเดือน/ }));
  const day = within(meetings).getByRole('textbox', { name: 'วันที่' });
  await user.clear(day);
  await user.type(day, '32');
  await user.click(within(meetings).getByRole('button', { name: 'บันทึก' }));
  expect(day).toHaveAccessibleDescription(/วันที่ต้องอยู่ระหว่าง 1 ถึง 31/);
  expect(day).toHaveValue('32');
  expect((await store.getSettings()).meetings).toBeUndefined();
  await user.clear(day);
  await user.type(day, '3a');
  expect(day).toHaveValue('3a');
  await user.click(within(meetings).getByRole('button', { name: 'บันทึก' }));
  expect(day).toHaveAccessibleDescription(/ต้องระบุวันที่/);
  await user.clear(day);
  expect(day).not.toHaveAccessibleDescription(/ต้องระบุวันที่/);
  await user.type(day, '31');
  await user.click(within(meetings).getByRole('button', { name: 'บันทึก' }));
  expect(await within(meetings).findByText('บันทึกแล้ว')).toBeInTheDocument();
  expect((await store.getSettings()).meetings?.rule).toEqual({ kind: 'day-of-month', day: 31 });
});

it('shows a department head the rule but no form', async () => {
  const data = seedData();
  data.settings = { ...data.settings, meetings: { rule: { kind: 'weekday-of-month', week: -1, weekday: 5 }, extraDates: [], cancelledDates: [] } };
  const head = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
  await renderApp({ store: await seedStore(data), url: '/settings', preferences: { dataSource: 'browser', actor: head } });
  const meetings = await section();
  expect(await within(meetings).findByText('วันศุกร์สุดท้ายของทุกเดือน')).toBeInTheDocument();
  expect(meetings).toHaveTextContent('เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่แก้ไขวันประชุมได้');
  expect(within(meetings).queryByRole('button', { name: 'บันทึก' })).toBeNull();
});
