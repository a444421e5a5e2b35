import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreError } from '../../src/data/storeError';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

async function openEditor() {
  const user = userEvent.setup();
  const store = await seedStore();
  await renderApp({ store, url: '/measures/msr-plan-2' });
  expect(await screen.findByRole('heading', { level: 1, name: 'การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'แก้ไขมาตรการ' }));
  const form = screen.getByRole('region', { name: 'แก้ไขมาตรการ' });
  // The fields load with the edit, not with the page.
  await within(form).findByLabelText('ชื่อมาตรการ');
  return { user, store, form };
}

describe('editing a measure someone else has just saved', () => {
  it('refuses the stale save, shows the other version, and keeps every word typed', async () => {
    const { user, store, form } = await openEditor();
    // Another tab saves first.
    await store.updateMeasure('msr-plan-2', 1, { followUp: 'รายงานในที่ประชุมเดือนพฤษภาคม' });
    const title = within(form).getByLabelText('ชื่อมาตรการ');
    await user.clear(title);
    await user.type(title, 'ชื่อที่ฉันแก้');
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('มีผู้บันทึกมาตรการ');
    expect(alert).toHaveTextContent('ข้อมูลที่คุณพิมพ์ยังอยู่');
    expect(alert).toHaveTextContent(/ที่บันทึกไว้ล่าสุดเมื่อ .+ \(มีการแก้ไข 1 ครั้งหลังจากที่คุณเปิดแก้ไข\):/);
    expect(alert).toHaveTextContent('รายงานในที่ประชุมเดือนพฤษภาคม');
    expect(title).toHaveValue('ชื่อที่ฉันแก้');
    expect((await store.getMeasure('msr-plan-2')).title).not.toBe('ชื่อที่ฉันแก้');

    await user.click(within(alert).getByRole('button', { name: 'บันทึกฉบับของฉันทับ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ชื่อที่ฉันแก้' })).toBeInTheDocument();
    // The heading changes at once (optimistic); the store has it once the save completes.
    await waitFor(async () => expect(await store.getMeasure('msr-plan-2')).toMatchObject({ title: 'ชื่อที่ฉันแก้', version: 3 }));
  });

  it('says so in English to an English reader, naming the measure', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/msr-plan-2?lang=en' });
    await user.click(await screen.findByRole('button', { name: 'Edit measure' }));
    const form = screen.getByRole('region', { name: 'Edit measure' });
    const title = await within(form).findByLabelText('Title');
    await store.updateMeasure('msr-plan-2', 1, { followUp: 'รายงานในที่ประชุมเดือนพฤษภาคม' });
    await user.type(title, ' (edited)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone saved "การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม" before you. What you typed is still here');
    expect(alert).not.toHaveTextContent('มีผู้บันทึก');
  });

  it('lets the person drop their edits and take the saved version instead', async () => {
    const { user, store, form } = await openEditor();
    await store.updateMeasure('msr-plan-2', 1, { title: 'ชื่อจากอีกแท็บ' });
    await user.type(within(form).getByLabelText('การติดตามผล'), ' เพิ่มเติม');
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));
    const alert = await within(form).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'ใช้ฉบับล่าสุด (ทิ้งที่ฉันแก้ไข)' }));
    expect(within(form).getByLabelText('ชื่อมาตรการ')).toHaveValue('ชื่อจากอีกแท็บ');
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('offers neither ticks nor edits to the head of another unit', async () => {
    const financeHead = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/measures/msr-plan-2', preferences: { dataSource: 'browser', actor: financeHead } });
    const steps = await screen.findByRole('region', { name: 'วิธีการดำเนินการ' });
    for (const box of within(steps).getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'แก้ไขมาตรการ' })).toBeNull();
  });

  it('puts a refused tick back, with the reason', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    store.updateMeasure = () => Promise.reject(new StoreError({ kind: 'storage', reason: 'quota' }, 'พื้นที่เก็บข้อมูลเต็ม'));
    await renderApp({ store, url: '/measures/msr-plan-2' });
    const steps = await screen.findByRole('region', { name: 'วิธีการดำเนินการ' });
    const [first] = within(steps).getAllByRole('checkbox');
    if (!first) throw new Error('no step');
    await user.click(first);
    expect(await within(steps).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: พื้นที่เก็บข้อมูลเต็ม');
    expect(first).not.toBeChecked();
  });
});

describe('editing everything a measure says', () => {
  it('rewords a step and adds another, keeping the other steps’ ticks, and changes units and links', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const measure = await store.getMeasure('msr-plan-2');
    await store.updateMeasure('msr-plan-2', 1, { steps: measure.steps.map((s, i) => ({ ...s, done: i === 1 })) });
    await renderApp({ store, url: '/measures/msr-plan-2' });
    await user.click(await screen.findByRole('button', { name: 'แก้ไขมาตรการ' }));
    const form = screen.getByRole('region', { name: 'แก้ไขมาตรการ' });
    const steps = await within(form).findByLabelText('วิธีการดำเนินการ');
    await user.clear(steps);
    await user.type(steps, 'จัดอบรมออนไลน์{enter}จัดคู่มือแนวปฏิบัติในการใช้ทรัพย์สินของราชการ{enter}ติดตามผล');
    await user.click(within(form).getByRole('checkbox', { name: 'กองคลัง' }));
    await user.click(within(form).getByRole('checkbox', { name: 'ตัวชี้วัดที่ 4' }));
    await user.click(within(form).getByRole('button', { name: 'บันทึก' }));
    await waitFor(async () => expect((await store.getMeasure('msr-plan-2')).version).toBe(3));
    const saved = await store.getMeasure('msr-plan-2');
    expect(saved.steps.map((s) => [s.text, s.done])).toEqual([
      ['จัดอบรมออนไลน์', false],
      ['จัดคู่มือแนวปฏิบัติในการใช้ทรัพย์สินของราชการ', true],
      ['ติดตามผล', false],
    ]);
    expect([...saved.unitIds].sort()).toEqual(['unit-finance', 'unit-palad']);
    expect(saved.links.indicators).toEqual([4]);
  });
});
