import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreError } from '../../src/data/storeError';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const financeHead = { name: 'ผู้อำนวยการกองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };

async function openForm(store?: Awaited<ReturnType<typeof seedStore>>) {
  const user = userEvent.setup();
  // The store acts for the same person the screen shows, as the app's own store does.
  const s = store ?? (await seedStore(undefined, () => financeHead));
  await renderApp({ store: s, url: '/measures/msr-plan-3', preferences: { dataSource: 'browser', actor: financeHead } });
  const form = await screen.findByRole('region', { name: 'บันทึกความคืบหน้า' });
  return { user, store: s, form };
}

describe('recording progress', () => {
  it('saves 40 % with a note into the history, and can take it back into the form', async () => {
    const { user, store, form } = await openForm();
    const percent = within(form).getByLabelText('ความคืบหน้า (ร้อยละ 0–100)');
    await user.clear(percent);
    await user.type(percent, '40');
    await user.type(within(form).getByLabelText('ผลการดำเนินงาน'), 'จัดอบรมคณะกรรมการตรวจการจ้างแล้ว');
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(await within(form).findByText('บันทึกความคืบหน้าร้อยละ 40 แล้ว')).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'ประวัติความคืบหน้า' });
    // At once as pending, then as the store has it (a new list item, so read the region's text).
    await waitFor(() => expect(history).toHaveTextContent('ผู้อำนวยการกองคลัง · กำลังดำเนินการ · ความคืบหน้าร้อยละ 40จัดอบรมคณะกรรมการตรวจการจ้างแล้ว'));
    expect((await store.listProgress('msr-plan-3')).map((u) => u.percent)).toEqual([40]);

    await user.click(within(form).getByRole('button', { name: 'ยกเลิกการบันทึก' }));
    expect(await within(history).findByText('ยังไม่มีการรายงานความคืบหน้า')).toBeInTheDocument();
    // The history empties at once; the words go back into the form when the store confirms.
    await waitFor(() => expect(within(form).getByLabelText('ผลการดำเนินงาน')).toHaveValue('จัดอบรมคณะกรรมการตรวจการจ้างแล้ว'));
    expect(await store.listProgress('msr-plan-3')).toEqual([]);
  });

  it('says in Thai, beside each field, what is wrong, and saves nothing', async () => {
    const { user, store, form } = await openForm();
    const percent = within(form).getByLabelText('ความคืบหน้า (ร้อยละ 0–100)');
    await user.clear(percent);
    await user.type(percent, '120');
    await user.type(within(form).getByLabelText('ลิงก์หลักฐาน (ถ้ามี)'), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(await within(form).findByText('ร้อยละความคืบหน้าต้องไม่เกิน 100')).toBeInTheDocument();
    expect(percent).toHaveAccessibleDescription('ร้อยละความคืบหน้าต้องไม่เกิน 100');
    expect(within(form).getByLabelText('ลิงก์หลักฐาน (ถ้ามี)')).toHaveAccessibleDescription('ลิงก์หลักฐานต้องเป็น URL ที่ขึ้นต้นด้วย http:// หรือ https://');
    expect(await store.listProgress('msr-plan-3')).toEqual([]);
  });

  it('says in English what is wrong to an English reader, and words the store\'s refusal', async () => {
    const user = userEvent.setup();
    const store = await seedStore(undefined, () => financeHead);
    await renderApp({ store, url: '/measures/msr-plan-3?lang=en', preferences: { dataSource: 'browser', actor: financeHead } });
    const form = await screen.findByRole('region', { name: 'Record progress' });
    const percent = within(form).getByLabelText('Progress (0–100%)');
    await user.clear(percent);
    await user.type(percent, '120');
    await user.type(within(form).getByLabelText('Evidence link (optional)'), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Save progress' }));
    await waitFor(() => expect(percent).toHaveAccessibleDescription('Must be at most 100'));
    expect(within(form).getByLabelText('Evidence link (optional)')).toHaveAccessibleDescription('Must be a link starting with http:// or https://');
    expect(await store.listProgress('msr-plan-3')).toEqual([]);

    store.appendProgress = () => Promise.reject(new StoreError({ kind: 'storage', reason: 'quota' }, 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม'));
    await user.clear(percent);
    await user.type(percent, '50');
    await user.clear(within(form).getByLabelText('Evidence link (optional)'));
    await user.click(within(form).getByRole('button', { name: 'Save progress' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Could not save: The browser has no room left to store data');
    expect(alert.textContent).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it('keeps every field when the store refuses, and says why', async () => {
    const store = await seedStore(undefined, () => financeHead);
    store.appendProgress = () => Promise.reject(new StoreError({ kind: 'storage', reason: 'quota' }, 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม'));
    const { user, form } = await openForm(store);
    await user.type(within(form).getByLabelText('ผลการดำเนินงาน'), 'ข้อความยาวที่พิมพ์ไว้');
    await user.click(within(form).getByRole('button', { name: 'บันทึกความคืบหน้า' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม');
    expect(within(form).getByLabelText('ผลการดำเนินงาน')).toHaveValue('ข้อความยาวที่พิมพ์ไว้');
    expect(within(screen.getByRole('region', { name: 'ประวัติความคืบหน้า' })).getByText('ยังไม่มีการรายงานความคืบหน้า')).toBeInTheDocument();
  });

  it('shows the date in the Buddhist Era beside the field, defaulting to today', async () => {
    const { form } = await openForm();
    const date = within(form).getByLabelText('วันที่ดำเนินการ');
    const today = new Date();
    expect(date).toHaveValue(`${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`);
    expect(date).toHaveAccessibleDescription(new RegExp(`${today.getFullYear() + 543}`));
  });
});
