import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/data/preferences';
import type { Store } from '../../src/data/store';
import { ALREADY_SET_UP_TH } from '../../src/domain/alreadySetUp';
import { notFound } from '../../src/data/storeError';
import { buildBackup, serialiseBackup } from '../../src/domain/backup';
import type { Role } from '../../src/domain/schemas/actor';
import type { DataSet } from '../../src/domain/schemas/dataSet';
import { definitionOf, renderApp } from './renderApp';
import { seedData, seedStore } from '../support/seed';

/** An agency's data with no year in it, as an empty backup restored leaves it. */
function emptyData(): DataSet {
  return { ...seedData(), frameworks: [], assessments: [], findings: [], measures: [], progressUpdates: [], audit: [] };
}

/** A fresh server: no agency until the first run saves one (the server answers 404 until then). */
async function freshServerStore(): Promise<Store> {
  const store = await seedStore({ ...emptyData(), units: [] });
  let saved = false;
  const read = store.getOrganisation.bind(store);
  const save = store.saveOrganisation.bind(store);
  store.getOrganisation = () => (saved ? read() : Promise.reject(notFound('ยังไม่มีข้อมูลหน่วยงาน')));
  store.saveOrganisation = async (organisation) => {
    const result = await save(organisation);
    saved = true;
    return result;
  };
  return store;
}

const as = (role: Role): Preferences => ({
  ...DEFAULT_PREFERENCES,
  actor: { name: 'ผู้ทดสอบ', role, unitId: role === 'department-head' ? 'unit-finance' : null },
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('the first run', () => {
  beforeEach(() => localStorage.clear());

  it('opens an empty data set on three ways to begin, not on an error', async () => {
    await renderApp({ store: await seedStore(emptyData()), seed: async () => seedData() });
    expect(await screen.findByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeInTheDocument();
    for (const name of ['ก. กู้คืนจากไฟล์สำรองข้อมูล', 'ข. ใช้ข้อมูลตัวอย่าง', 'ค. เริ่มจากข้อมูลว่าง']) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['executive', 'department-head'] as const)('tells the %s calmly that the data is not set up yet, on every screen', async (role) => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()), preferences: as(role), seed: async () => seedData() });
    expect(await screen.findByRole('heading', { level: 1, name: 'ยังไม่ได้ตั้งค่าข้อมูล' })).toBeInTheDocument();
    // In this browser's own storage nobody else will set it up: the way is the role in settings.
    expect(screen.getByText(/ข้อมูลในเบราว์เซอร์นี้ยังว่าง/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ไปที่หน้าตั้งค่า' })).toHaveAttribute('href', expect.stringContaining('/settings'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'ลองอีกครั้ง' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /ข้อมูลตัวอย่าง/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'มาตรการ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ยังไม่ได้ตั้งค่าข้อมูล' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(['/measures', '/assessments', '/reports'])('points the planning officer from %s to the first run', async (url) => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()), url, seed: async () => seedData() });
    expect(await screen.findByRole('heading', { level: 1, name: 'ยังไม่มีผลการประเมิน ITA' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'ไปที่หน้าเริ่มต้นใช้งาน' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeInTheDocument();
  });

  it('loads the sample municipality, and the dashboard shows it', async () => {
    const user = userEvent.setup();
    let asked = 0;
    await renderApp({ store: await freshServerStore(), seed: async () => (asked++, seedData()) });
    const sample = await screen.findByRole('region', { name: 'ข. ใช้ข้อมูลตัวอย่าง' });
    expect(asked).toBe(0);
    await user.click(within(sample).getByRole('button', { name: 'โหลดข้อมูลตัวอย่าง' }));
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveTextContent('93.95');
    expect(asked).toBe(1);
    // The button that was pressed is gone: the screen that replaced it has the focus.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('loads nothing over an agency someone set up while the first run stood open, and says so', async () => {
    const user = userEvent.setup();
    const store = await seedStore(emptyData());
    const sample = { ...seedData(), organisation: { ...seedData().organisation, name: 'เทศบาลตัวอย่างที่ไม่ควรทับ' } };
    await renderApp({ store, seed: async () => sample });
    const region = await screen.findByRole('region', { name: 'ข. ใช้ข้อมูลตัวอย่าง' });
    // Meanwhile, in another tab or on another desk, the agency is set up.
    await store.replaceData(seedData());
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const alert = screen.queryByRole('alert');
      if (alert?.textContent) seen.push(alert.textContent);
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.click(within(region).getByRole('button', { name: 'โหลดข้อมูลตัวอย่าง' }));
    // Refused, and everything read again: the screen moves on to the agency set up meanwhile (the
    // refusal may be on screen for only a moment, or not at all if the new read lands first).
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' }, { timeout: 5000 })).toBeInTheDocument();
    watch.disconnect();
    expect(seen.every((text) => text.includes(ALREADY_SET_UP_TH))).toBe(true);
    expect(screen.queryByText(/เทศบาลตัวอย่างที่ไม่ควรทับ/)).not.toBeInTheDocument();
    expect((await store.getOrganisation()).name).toBe(seedData().organisation.name);
  });

  it('words a backup refusal in English as Settings does, not in the Thai the reader gave', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()), url: '/?lang=en' });
    const region = await screen.findByRole('region', { name: 'A. Restore a backup' });
    await user.upload(within(region).getByLabelText('Backup file (.json or .zip)'), file('notes.json', '{"hello": 1}'));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'Cannot restore from notes.json: This is not a backup of the ITA Measures Dashboard (it has no backup header).',
    );
  });

  it('refuses a file that is not a backup, and restores one after showing what it holds', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()) });
    const region = await screen.findByRole('region', { name: 'ก. กู้คืนจากไฟล์สำรองข้อมูล' });
    const input = within(region).getByLabelText('ไฟล์สำรองข้อมูล (.json หรือ .zip)');
    await user.upload(input, file('notes.json', '{"hello": 1}'));
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'กู้คืนจากไฟล์ notes.json ไม่ได้: ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของแดชบอร์ดมาตรการ ITA',
    );
    await user.upload(input, file('ita-backup.json', serialiseBackup(buildBackup(seedData(), new Date('2026-11-20T03:00:00Z')))));
    const preview = await within(region).findByRole('group', { name: /ไฟล์ ita-backup\.json เป็นข้อมูลของ เทศบาลตำบลพอกน้อย/ });
    expect(definitionOf(preview, 'ปีงบประมาณ')).toHaveTextContent('2565');
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'กู้คืนข้อมูลจากไฟล์นี้' }));
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveTextContent('93.95');
  });

  it('has no sample to offer where the app shipped none', async () => {
    await renderApp({ store: await seedStore(emptyData()) });
    const sample = await screen.findByRole('region', { name: 'ข. ใช้ข้อมูลตัวอย่าง' });
    expect(within(sample).getByText('แอปชุดนี้ไม่มีข้อมูลตัวอย่าง')).toBeInTheDocument();
  });

  it('starts from nothing: says in Thai what is wrong, keeps what was typed when a save fails, then shows the dashboard', async () => {
    const user = userEvent.setup();
    const store = await freshServerStore();
    const saveUnit = store.saveUnit.bind(store);
    let failUnits = true;
    store.saveUnit = (unit) => (failUnits ? Promise.reject(new Error('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้')) : saveUnit(unit));
    await renderApp({ store });
    const form = await screen.findByRole('region', { name: 'ค. เริ่มจากข้อมูลว่าง' });
    const units = within(form).getByRole('group', { name: 'ส่วนราชการ' });
    await user.type(within(units).getByLabelText('ส่วนราชการที่ 1'), 'กองคลัง');
    await user.click(within(units).getByRole('button', { name: 'เพิ่มส่วนราชการ' }));
    await user.type(within(units).getByLabelText('ส่วนราชการที่ 2'), 'กองคลัง ');
    const year = within(form).getByLabelText('ปีงบประมาณ (พ.ศ.)');
    await user.clear(year);
    await user.type(year, '65');
    await user.type(within(form).getByLabelText(/ตัวชี้วัดที่ 1 /), '101');
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('กรุณาแก้ไขตามข้อความใต้ช่องที่กรอก');
    expect(within(form).getByLabelText('ชื่อหน่วยงาน')).toHaveAccessibleDescription(/ต้องระบุชื่อ/);
    expect(within(form).getByLabelText('ประเภทหน่วยงาน')).toHaveAccessibleDescription(/ต้องระบุประเภทหน่วยงาน/);
    expect(within(units).getByLabelText('ส่วนราชการที่ 2')).toHaveAccessibleDescription('ชื่อ "กองคลัง" ซ้ำกับส่วนราชการที่ 1');
    expect(year).toHaveAccessibleDescription(/ปีงบประมาณต้องเป็นปี พ\.ศ\. 4 หลัก/);

    await user.type(within(form).getByLabelText('ชื่อหน่วยงาน'), 'เทศบาลตำบลทดลอง');
    await user.type(within(form).getByLabelText('ประเภทหน่วยงาน'), 'เทศบาลตำบล');
    await user.clear(within(units).getByLabelText('ส่วนราชการที่ 2'));
    await user.type(within(units).getByLabelText('ส่วนราชการที่ 2'), 'กองช่าง');
    await user.clear(year);
    await user.type(year, '๒๕๖๕');
    expect(within(form).getByText('ใช้เกณฑ์การประเมิน ITA 2565')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    expect(within(form).getByLabelText(/ตัวชี้วัดที่ 1 /)).toHaveAccessibleDescription(/เกิน 100/);
    const scores = ['95', '90', '88.5', '92', '78.20', '91', '89.70', '93', '100', '93.75'];
    for (const [i, score] of scores.entries()) {
      const field = within(form).getByLabelText(new RegExp(`ตัวชี้วัดที่ ${i + 1} `));
      await user.clear(field);
      await user.type(field, score);
    }
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: เชื่อมต่อเซิร์ฟเวอร์ไม่ได้');
    expect(within(form).getByLabelText('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลทดลอง');
    expect(within(units).getByLabelText('ส่วนราชการที่ 2')).toHaveValue('กองช่าง');
    expect(within(form).getByLabelText(/ตัวชี้วัดที่ 10 /)).toHaveValue('93.75');

    failUnits = false;
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    // IIT 30 % over five, EIT 30 % over three, OIT 40 % over two.
    const total = (95 + 90 + 88.5 + 92 + 78.2) * 0.06 + (91 + 89.7 + 93) * 0.1 + (100 + 93.75) * 0.2;
    expect(definitionOf(score, 'คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent(total.toFixed(2));
    expect(screen.getByText(/เทศบาลตำบลทดลอง/)).toBeInTheDocument();
    expect((await store.listUnits()).map((u) => u.name).sort()).toEqual(['กองคลัง', 'กองช่าง']);
    expect((await store.listFrameworks()).map((f) => f.fiscalYear)).toEqual([2565]);
  });

  it('leads to the year\'s assessment page when the scores are to be imported from a file', async () => {
    const user = userEvent.setup();
    const store = await seedStore(emptyData());
    await renderApp({ store });
    const form = await screen.findByRole('region', { name: 'ค. เริ่มจากข้อมูลว่าง' });
    // The agency and units the data set already held are offered as they are.
    expect(within(form).getByLabelText('ชื่อหน่วยงาน')).toHaveValue('เทศบาลตำบลพอกน้อย');
    const year = within(form).getByLabelText('ปีงบประมาณ (พ.ศ.)');
    await user.clear(year);
    await user.type(year, '2568');
    expect(within(form).getByText('ยังไม่มีเกณฑ์ของปี 2568 ในแอป จะคัดลอกเกณฑ์ ITA 2565 มาใช้ แก้ไขได้ภายหลังที่หน้าเกณฑ์การประเมิน')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'นำเข้าจากไฟล์คะแนน (CSV หรือ JSON) ในขั้นถัดไป' }));
    expect(within(form).queryByLabelText(/ตัวชี้วัดที่ 1 /)).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    expect(await screen.findByRole('heading', { level: 1, name: /2568/ })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'นำเข้าคะแนนจากไฟล์' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/assessments?year=2568'));
    expect((await store.listFrameworks()).map((f) => f.fiscalYear)).toEqual([2568]);
  });

  it('refuses a year whose result cannot exist yet, and stays on the first run after a backup with no year', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await seedStore(emptyData()) });
    const form = await screen.findByRole('region', { name: 'ค. เริ่มจากข้อมูลว่าง' });
    const year = within(form).getByLabelText('ปีงบประมาณ (พ.ศ.)');
    await user.clear(year);
    await user.type(year, '2699');
    await user.click(within(form).getByRole('button', { name: 'บันทึกและเริ่มใช้งาน' }));
    expect(year).toHaveAccessibleDescription(/ปีงบประมาณ 2699 ยังไม่เริ่ม/);

    const region = screen.getByRole('region', { name: 'ก. กู้คืนจากไฟล์สำรองข้อมูล' });
    const other = emptyData();
    other.organisation = { ...other.organisation, name: 'เทศบาลตำบลในไฟล์' };
    await user.upload(within(region).getByLabelText('ไฟล์สำรองข้อมูล (.json หรือ .zip)'), file('empty.json', serialiseBackup(buildBackup(other, new Date()))));
    const preview = await within(region).findByRole('group');
    expect(preview).toHaveTextContent('ไฟล์นี้ไม่มีผลการประเมิน ITA เลย');
    await user.click(within(preview).getByRole('button', { name: 'กู้คืนข้อมูลจากไฟล์นี้' }));
    expect(await within(region).findByText('กู้คืนข้อมูลจากไฟล์ empty.json แล้ว')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeInTheDocument();
    // The form starts again from the agency the file held.
    expect(await screen.findByDisplayValue('เทศบาลตำบลในไฟล์')).toBeInTheDocument();
  });

  it('says the refusals of the form from nothing in English to an English reader, with no Thai of its own', async () => {
    const user = userEvent.setup();
    await renderApp({ store: await freshServerStore(), url: '/?lang=en' });
    const form = await screen.findByRole('region', { name: 'C. Start from nothing' });
    const units = within(form).getByRole('group', { name: 'Units' });
    await user.type(within(units).getByLabelText('Unit 1'), 'กองคลัง');
    await user.click(within(units).getByRole('button', { name: 'Add a unit' }));
    await user.type(within(units).getByLabelText('Unit 2'), 'กองคลัง ');
    const year = within(form).getByLabelText('Fiscal year (B.E.)');
    await user.clear(year);
    await user.type(year, '2699');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('Please correct the fields as the messages below them say');
    expect(within(form).getByLabelText('Agency name')).toHaveAccessibleDescription(/Required/);
    expect(within(form).getByLabelText('Kind of agency')).toHaveAccessibleDescription(/Required/);
    // The unit's name is what was typed; the words around it are English.
    expect(within(units).getByLabelText('Unit 2')).toHaveAccessibleDescription('The name "กองคลัง" is the same as unit 1');
    expect(year).toHaveAccessibleDescription(/Fiscal year 2699 has not begun \(the current fiscal year is \d{4}\)/);

    await user.clear(year);
    await user.type(year, '65');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));
    expect(year).toHaveAccessibleDescription(/The fiscal year must be a 4-digit B\.E\. year, such as 2566/);
    await user.clear(year);
    await user.type(year, '2565');
    await user.type(within(form).getByLabelText(/^Indicator 1 /), '101');
    await user.type(within(form).getByLabelText(/^Indicator 2 /), 'ดี');
    await user.click(within(form).getByRole('button', { name: 'Save and start' }));
    expect(within(form).getByLabelText(/^Indicator 1 /)).toHaveAccessibleDescription(/The score 101 is over 100/);
    expect(within(form).getByLabelText(/^Indicator 2 /)).toHaveAccessibleDescription(/The score "ดี" must be a number from 0 to 100/);
    // Every refusal on the form is English; only what was typed (in quotation marks) is Thai.
    const said = [...form.querySelectorAll('.field-error')].map((el) => (el.textContent ?? '').replace(/"[^"]*"/g, '')).join(' ');
    expect(said).toMatch(/over 100/);
    expect(said).not.toMatch(/[\u0E00-\u0E7F]/);
  });

});
