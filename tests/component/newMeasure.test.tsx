import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreError } from '../../src/data/storeError';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

describe('creating a measure', () => {
  it('writes a measure for indicator 8, which the seed left without one, and opens it', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/new?link=i8' });
    expect(await screen.findByRole('heading', { level: 1, name: 'เพิ่มมาตรการ ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'ตัวชี้วัดที่ 8' })).toBeChecked();
    await user.type(screen.getByLabelText('ชื่อมาตรการ'), 'ปรับปรุงขั้นตอนการให้บริการตามผลสำรวจความพึงพอใจ');
    await user.type(screen.getByLabelText('วิธีการดำเนินการ'), 'สำรวจความพึงพอใจ{enter}สรุปข้อเสนอแนะ{enter}ปรับปรุงขั้นตอน');
    await user.type(screen.getByLabelText('ระยะเวลาดำเนินการ'), 'ม.ค.-มิ.ย.67');
    expect(screen.getByLabelText('ระยะเวลาดำเนินการ')).toHaveAccessibleDescription(/อ่านได้ว่า ม.ค. 2567 – มิ.ย. 2567/);
    await user.click(screen.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }));
    await user.click(screen.getByRole('button', { name: 'บันทึกมาตรการ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ปรับปรุงขั้นตอนการให้บริการตามผลสำรวจความพึงพอใจ' })).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: 'วิธีการดำเนินการ' });
    expect(within(steps).getAllByRole('checkbox')).toHaveLength(3);
    const created = (await store.listMeasures('asm-2565')).find((m) => m.title.startsWith('ปรับปรุงขั้นตอน'));
    expect(created).toMatchObject({ kind: 'plan', order: 4, unitIds: ['unit-palad'], links: { indicators: [8], oItems: [], findingIds: [] } });
  });

  it('says beside each field what is missing, and saves nothing', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/new' });
    await user.click(await screen.findByRole('button', { name: 'บันทึกมาตรการ' }));
    expect(await screen.findByText('ต้องระบุชื่อมาตรการ')).toBeInTheDocument();
    expect(screen.getByLabelText('ชื่อมาตรการ')).toHaveAccessibleDescription('ต้องระบุชื่อมาตรการ');
    // The units' choices are one group, asked by its legend and told what is wrong with it.
    const units = screen.getByRole('group', { name: 'ผู้รับผิดชอบ' });
    expect(units).toHaveAccessibleDescription('ต้องระบุส่วนราชการผู้รับผิดชอบอย่างน้อย 1 หน่วย');
    expect(within(units).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['unit-finance', 'unit-palad']);
    expect(within(screen.getByRole('group', { name: 'ประเภท' })).getAllByRole('radio')).toHaveLength(3);
    expect(await store.listMeasures('asm-2565')).toHaveLength(9);
  });

  it('says what is missing in English to an English reader, with no Thai of its own', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/measures/new?lang=en' });
    await user.click(await screen.findByRole('button', { name: 'Save the measure' }));
    const title = screen.getByLabelText('Title');
    await waitFor(() => expect(title).toHaveAccessibleDescription('Required'));
    const units = screen.getByRole('group', { name: 'Responsible' });
    expect(units).toHaveAccessibleDescription('Choose at least 1 item');
    expect(screen.queryByText(/ต้องระบุ/)).toBeNull();
    expect(await store.listMeasures('asm-2565')).toHaveLength(9);
  });

  it('words a store\'s refusal of the save in English', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    store.createMeasure = () => Promise.reject(new StoreError({ kind: 'storage', reason: 'quota' }, 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม'));
    await renderApp({ store, url: '/measures/new?lang=en' });
    await user.type(await screen.findByLabelText('Title'), 'Survey the service users');
    await user.click(screen.getByRole('checkbox', { name: 'สำนักปลัดเทศบาล' }));
    await user.click(screen.getByRole('button', { name: 'Save the measure' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not save: The browser has no room left to store data');
    expect(alert.textContent).not.toMatch(/[\u0E00-\u0E7F]/);
  });

  it('is the planning officer’s to do; others are told so', async () => {
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/measures/new', preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByRole('alert')).toHaveTextContent('เฉพาะเจ้าหน้าที่วิเคราะห์นโยบายและแผนเท่านั้นที่ทำรายการนี้ได้');
  });

  it('tells others in English whose it is to do, to an English reader', async () => {
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/measures/new?lang=en', preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the planning officer can do this');
  });
});
