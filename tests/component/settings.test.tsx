import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function openRestore() {
  await renderApp({ url: '/settings' });
  const region = await screen.findByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
  return { region, input: within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)') };
}

describe('the settings screen', () => {
  beforeEach(() => localStorage.clear());

  it('is reachable from the navigation and names every section', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('link', { name: 'ตั้งค่า' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ตั้งค่า' })).toBeInTheDocument();
    for (const name of ['ผู้ใช้งานเครื่องนี้', 'แหล่งข้อมูล', 'ความคงทนของข้อมูล', 'เกณฑ์ที่ต้องปรับปรุง', 'สำรองข้อมูล', 'กู้คืนข้อมูลจากไฟล์สำรอง']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  it('asks a department head for their unit, with the message beside the field', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/settings' });
    const region = await screen.findByRole('region', { name: 'ผู้ใช้งานเครื่องนี้' });
    await user.clear(within(region).getByLabelText('ชื่อผู้ใช้'));
    await user.type(within(region).getByLabelText('ชื่อผู้ใช้'), 'นางสมศรี ใจดี');
    await user.click(within(region).getByRole('radio', { name: 'หัวหน้าส่วนราชการ' }));
    await user.click(within(region).getByRole('button', { name: 'บันทึก' }));
    const unit = within(region).getByRole('combobox', { name: 'ส่วนราชการที่สังกัด' });
    expect(unit).toHaveAccessibleDescription('หัวหน้าส่วนราชการต้องระบุส่วนราชการที่สังกัด');
    await user.selectOptions(unit, 'กองคลัง');
    await user.click(within(region).getByRole('button', { name: 'บันทึก' }));
    expect(await within(region).findByText('ขณะนี้ใช้งานในฐานะ นางสมศรี ใจดี (หัวหน้าส่วนราชการ)')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('ita-measures.preferences') ?? '{}').actor).toEqual({
      name: 'นางสมศรี ใจดี',
      role: 'department-head',
      unitId: 'unit-finance',
    });
  });

  it('asks a department head for their unit in English to an English reader', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/settings?lang=en' });
    const region = await screen.findByRole('region', { name: 'Who is using this browser' });
    await user.clear(within(region).getByLabelText('Name'));
    await user.click(within(region).getByRole('button', { name: 'Save' }));
    expect(within(region).getByLabelText('Name')).toHaveAccessibleDescription('Required');
    await user.type(within(region).getByLabelText('Name'), 'Somsri');
    await user.click(within(region).getByRole('radio', { name: 'Department head' }));
    await user.click(within(region).getByRole('button', { name: 'Save' }));
    expect(within(region).getByRole('combobox', { name: 'Unit' })).toHaveAccessibleDescription('A department head needs the unit they belong to');
  });

  it('refuses a file that is not JSON, saying so in an alert, and changes nothing', async () => {
    const user = userEvent.setup();
    const { region, input } = await openRestore();
    await user.upload(input, file('notes.json', 'สวัสดี {'));
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('ใช้ไฟล์ "notes.json" ไม่ได้');
    expect(alert).toHaveTextContent('ข้อมูลในระบบไม่มีการเปลี่ยนแปลง');
    expect(within(region).queryByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' })).toBeNull();
  });

  it('refuses a file far too large to be a backup without reading it', async () => {
    const user = userEvent.setup();
    const { region, input } = await openRestore();
    const huge = file('huge.json', '{}');
    Object.defineProperty(huge, 'size', { value: 500 * 1024 * 1024 });
    await user.upload(input, huge);
    expect(await within(region).findByRole('alert')).toHaveTextContent('ไฟล์ใหญ่เกิน 400 MB');
  });

  it('previews a good backup and replaces the data only after the person confirms', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const data = seedData();
    data.organisation = { ...data.organisation, name: 'เทศบาลตำบลทดสอบ' };
    data.measures = data.measures.slice(0, 2);
    await renderApp({ store, url: '/settings' });
    const region = await screen.findByRole('region', { name: 'กู้คืนข้อมูลจากไฟล์สำรอง' });
    await user.upload(
      within(region).getByLabelText('เลือกไฟล์สำรองข้อมูล (.json หรือ .zip)'),
      file('backup.json', serialiseBackup(buildBackup(data, new Date('2026-11-20T07:30:00Z')))),
    );
    const preview = await within(region).findByRole('group');
    expect(preview).toHaveTextContent('ไฟล์ "backup.json" เป็นข้อมูลของ เทศบาลตำบลทดสอบ');
    expect(within(preview).getByText('มาตรการ').nextElementSibling).toHaveTextContent('2 รายการ');
    expect((await store.getOrganisation()).name).toBe('เทศบาลตำบลพอกน้อย');
    await user.click(within(preview).getByRole('button', { name: 'แทนที่ข้อมูลปัจจุบันด้วยข้อมูลในไฟล์นี้' }));
    expect(await within(region).findByText('กู้คืนข้อมูลจากไฟล์ "backup.json" แล้ว')).toHaveAttribute('role', 'status');
    expect((await store.getOrganisation()).name).toBe('เทศบาลตำบลทดสอบ');
    expect(await store.listMeasures('asm-2565')).toHaveLength(2);
  });

  it('offers a backup before a reset, and resets only on confirmation', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await store.updateSettings({ improvementMark: 80 });
    await renderApp({ store, url: '/settings', seed: async () => seedData() });
    const region = await screen.findByRole('region', { name: 'รีเซ็ตเป็นข้อมูลตัวอย่าง' });
    await user.click(within(region).getByRole('button', { name: 'รีเซ็ตข้อมูล…' }));
    const confirm = within(region).getByRole('group', { name: 'ควรดาวน์โหลดไฟล์สำรองข้อมูลก่อน เพราะข้อมูลปัจจุบันจะถูกแทนที่ทั้งหมด' });
    expect(within(confirm).getByRole('button', { name: 'ดาวน์โหลดไฟล์สำรองข้อมูล' })).toBeInTheDocument();
    expect(await store.getSettings()).toEqual({ improvementMark: 80 });
    await user.click(within(confirm).getByRole('button', { name: 'ยืนยันรีเซ็ตเป็นข้อมูลตัวอย่าง' }));
    expect(await within(region).findByText('รีเซ็ตเป็นข้อมูลตัวอย่างแล้ว')).toBeInTheDocument();
    expect(await store.getSettings()).toEqual({ improvementMark: 90 });
  });
});
