import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const group = (name: string) => screen.getByRole('group', { name });

describe('the framework editor', () => {
  it('is reached from the year’s framework at a glance, filled with that framework', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments' });
    const summary = await screen.findByRole('region', { name: 'เกณฑ์การประเมินของปีนี้: ITA 2565' });
    expect(summary).toHaveTextContent('IIT 30 · EIT 30 · OIT 40');
    expect(summary).toHaveTextContent('AA ≥ 95 · A ≥ 85');
    expect(summary).toHaveTextContent('43 ข้อ');
    expect(summary).toHaveTextContent('วิธีให้คะแนนข้อ OITมี/ไม่มี (100 หรือ 0)');
    await user.click(within(summary).getByRole('link', { name: 'แก้ไขเกณฑ์ของปี 2565' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เกณฑ์การประเมิน ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(screen.getByLabelText('ชื่อเกณฑ์')).toHaveValue('ITA 2565');
    expect(screen.getByLabelText('เกณฑ์ผ่านของตัวชี้วัด (คะแนน)')).toHaveValue('85');
    const iit = group('เครื่องมือที่ 1');
    expect(within(iit).getByRole('combobox', { name: 'เครื่องมือ' })).toHaveValue('IIT');
    expect(within(group('ตัวชี้วัดลำดับที่ 5 ของ IIT')).getByLabelText('ชื่อภาษาไทย')).toHaveValue('การแก้ไขปัญหาการทุจริต');
    expect(screen.getByText('✓ น้ำหนักของเครื่องมือรวมกัน 100 จาก 100')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'ข้อการเปิดเผยข้อมูล (OIT) 43 ข้อ' })).toBeInTheDocument();
  });

  it('adds up the weights as they are typed, and saves nothing while they do not make 100', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    const weight = within(await screen.findByRole('group', { name: 'เครื่องมือที่ 1' })).getAllByLabelText('น้ำหนัก (คะแนน)')[0] as HTMLElement;
    await user.clear(weight);
    await user.type(weight, '40');
    expect(screen.getByText('⚠ น้ำหนักของเครื่องมือรวมกัน 110 จาก 100')).toBeInTheDocument();
    expect(screen.getByText('⚠ น้ำหนักของตัวชี้วัดรวมกัน 30 จาก 40')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ยังบันทึกไม่ได้ มี 2 จุดที่ต้องแก้:');
    expect(alert).toHaveTextContent('น้ำหนักของเครื่องมือรวมกันได้ 110 ต้องรวมกันได้ 100');
    expect(weight).toHaveAccessibleDescription('น้ำหนักของตัวชี้วัดใน IIT รวมกันได้ 30 แต่น้ำหนักของ IIT คือ 40');
    expect(weight).toHaveValue('40');
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2565)?.instruments[0]?.weight).toBe(30);
  });

  it('will not drop an indicator the year has a score for, and says what uses it', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments/framework?year=2565' });
    await user.click(await screen.findByRole('button', { name: 'ลบ ตัวชี้วัดลำดับที่ 5 ของ IIT' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'เพิ่มตัวชี้วัดใน IIT' })).toHaveFocus());
    const first = within(group('ตัวชี้วัดลำดับที่ 1 ของ IIT')).getByLabelText('น้ำหนัก (คะแนน)');
    await user.clear(first);
    await user.type(first, '12');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ตัวชี้วัดที่ 5 ยังถูกอ้างถึงโดยคะแนนของปี 2565 ข้อบกพร่อง และมาตรการ จึงนำออกจากเกณฑ์ไม่ได้');
  });

  it('starts a year with no framework from a copy of the latest, and saves it as that year’s', async () => {
    const user = userEvent.setup();
    const data = seedData();
    const [seed] = data.assessments;
    if (!seed) throw new Error('no assessment');
    data.assessments.push({ ...seed, id: 'asm-2566', fiscalYear: 2566, indicatorScores: [], subIssueNotes: [], oItemResults: [] });
    const store = await seedStore(data);
    await renderApp({ store, url: '/assessments?year=2566' });
    expect(await screen.findByText('ยังไม่มีเกณฑ์การประเมินของปี 2566 จึงคำนวณคะแนนไม่ได้')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'สร้างเกณฑ์ของปี 2566' }));
    expect(await screen.findByText('ปี 2566 ยังไม่มีเกณฑ์ แบบฟอร์มนี้คัดลอกเกณฑ์ของปี 2565 มาให้ แก้ส่วนที่เปลี่ยนแล้วบันทึก')).toBeInTheDocument();
    expect(screen.getByLabelText('ชื่อเกณฑ์')).toHaveValue('ITA 2566');
    const pass = screen.getByLabelText('เกณฑ์ผ่านของตัวชี้วัด (คะแนน)');
    await user.clear(pass);
    await user.type(pass, '๘๐');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2566' }));
    expect(await screen.findByText('บันทึกเกณฑ์ของปี 2566 แล้ว')).toBeInTheDocument();
    const saved = (await store.listFrameworks()).find((f) => f.fiscalYear === 2566);
    expect(saved?.passMark).toBe(80);
    expect(saved?.oItems).toHaveLength(43);
    await user.click(screen.getByRole('link', { name: 'กลับไปที่ผลการประเมินปี 2566' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'เกณฑ์การประเมินของปีนี้: ITA 2566' })).toHaveTextContent('80'));
  });

  // Role queries over a form of a few hundred fields take most of a second each in jsdom.
  it('adds an O-item, reading a loosely typed code, under an indicator chosen from the framework', { timeout: 40_000 }, async () => {
    const user = userEvent.setup();
    // The O-items the year's records name, not all 43: forty rows of fields are slow to query in jsdom.
    const data = seedData();
    const named = new Set(data.assessments.flatMap((a) => [...a.oItemResults.map((r) => r.code), ...a.recommendations.flatMap((r) => r.oItemRefs)]));
    for (const f of data.frameworks) f.oItems = f.oItems.filter((o) => named.has(o.code));
    const store = await seedStore(data);
    await renderApp({ store, url: '/assessments/framework?year=2565' });
    await user.click(await screen.findByText(`ข้อการเปิดเผยข้อมูล (OIT) ${named.size} ข้อ`));
    await user.click(screen.getByRole('button', { name: 'เพิ่มข้อ OIT' }));
    const item = group(`ข้อลำดับที่ ${named.size + 1}`);
    expect(within(item).getByLabelText('รหัสข้อ')).toHaveFocus();
    await user.type(within(item).getByLabelText('รหัสข้อ'), 'o 44');
    await user.selectOptions(within(item).getByLabelText('ตัวชี้วัด'), '10');
    // Pasted, as from the NACC's list: typing forty characters one by one is slow in jsdom.
    await user.click(within(item).getByLabelText('หมวด'));
    await user.paste('10.2 การเปิดโอกาสให้เกิดการมีส่วนร่วม');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('กรอกชื่อข้อ');
    expect(within(item).getByLabelText('ชื่อข้อ')).toHaveFocus();
    await user.paste('ช่องทางแจ้งเรื่องร้องเรียนออนไลน์');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2565' }));
    expect(await screen.findByText('บันทึกเกณฑ์ของปี 2565 แล้ว')).toBeInTheDocument();
    const saved = (await store.listFrameworks()).find((f) => f.fiscalYear === 2565);
    expect(saved?.oItems.at(-1)).toEqual({ code: 'O44', indicator: 10, group: '10.2 การเปิดโอกาสให้เกิดการมีส่วนร่วม', name: 'ช่องทางแจ้งเรื่องร้องเรียนออนไลน์' });
  });

  it('gives the focus to "add" after a row goes, even when "add" only then becomes usable', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments/framework?year=2565' });
    const add = await screen.findByRole('button', { name: 'เพิ่มเครื่องมือ' });
    expect(add).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'ลบเครื่องมือที่ 3' }));
    await waitFor(() => expect(add).toHaveFocus());
    const addBand = screen.getByRole('button', { name: 'เพิ่มระดับ' });
    await user.click(screen.getByRole('button', { name: 'ลบ ระดับที่ 7' }));
    await waitFor(() => expect(addBand).toHaveFocus());
  });

  it('takes a whole O-item list pasted from a spreadsheet, or says which lines it cannot read', async () => {
    const user = userEvent.setup();
    const data = seedData();
    const framework = data.frameworks.find((f) => f.fiscalYear === 2565);
    if (framework) framework.oItems = framework.oItems.slice(0, 2);
    data.assessments.push({ ...(data.assessments[0] as (typeof data.assessments)[number]), id: 'asm-2566', fiscalYear: 2566, indicatorScores: [], subIssueNotes: [], oItemResults: [], recommendations: [] });
    const store = await seedStore(data);
    await renderApp({ store, url: '/assessments/framework?year=2566' });
    await user.click(await screen.findByText('ข้อการเปิดเผยข้อมูล (OIT) 2 ข้อ'));
    const box = screen.getByLabelText('วางรายการข้อ OIT ทั้งชุด');
    await user.click(box);
    await user.paste('O1\t9\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\nO2\t9');
    await user.click(screen.getByRole('button', { name: 'ใช้รายการที่วางแทน 2 ข้อเดิม' }));
    expect(screen.getByRole('alert')).toHaveTextContent('บรรทัดที่ 2 ต้องมี 4 ช่อง');
    await user.clear(box);
    await user.paste('รหัส\tตัวชี้วัด\tหมวด\tชื่อ\nO1\t9\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\nO2\t9\t9.1 ข้อมูลพื้นฐาน\tข้อมูลผู้บริหาร\nO3\t10\t10.1 การดำเนินการเพื่อป้องกันการทุจริต\tเจตจำนงสุจริตของผู้บริหาร');
    await user.click(screen.getByRole('button', { name: 'ใช้รายการที่วางแทน 2 ข้อเดิม' }));
    expect(screen.getByText('ใส่รายการที่วางแล้ว 3 ข้อ ตรวจแล้วกดบันทึกเกณฑ์')).toBeInTheDocument();
    expect(within(group('ข้อลำดับที่ 3')).getByLabelText('ชื่อข้อ')).toHaveValue('เจตจำนงสุจริตของผู้บริหาร');
    await user.click(screen.getByRole('button', { name: 'บันทึกเกณฑ์ของปี 2566' }));
    expect(await screen.findByText('บันทึกเกณฑ์ของปี 2566 แล้ว')).toBeInTheDocument();
    expect((await store.listFrameworks()).find((f) => f.fiscalYear === 2566)?.oItems.map((o) => o.code)).toEqual(['O1', 'O2', 'O3']);
  });

  it('is the planning officer’s alone', async () => {
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/assessments/framework?year=2565', preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByText(/เฉพาะเจ้าหน้าที่แผนงานเท่านั้นที่แก้ไขเกณฑ์การประเมินได้/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^บันทึกเกณฑ์/ })).toBeNull();
  });
});
