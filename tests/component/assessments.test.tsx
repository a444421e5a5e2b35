import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { forbiddenBy } from '../../src/data/storeError';
import userEvent from '@testing-library/user-event';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const csv = (text: string, name = 'scores.csv') => new File([text], name, { type: 'text/csv' });

describe('the assessments screen', () => {
  it('shows the year’s totals as reported and as computed, and each indicator’s score', async () => {
    await renderApp({ url: '/assessments' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(await screen.findByText('93.95 คะแนน ระดับ A')).toBeInTheDocument();
    expect(screen.getByText('93.94 คะแนน ระดับ A')).toBeInTheDocument();
    const scores = screen.getByRole('region', { name: 'คะแนนรายตัวชี้วัด' });
    expect(within(scores).getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ })).toHaveTextContent('78.20');
    expect(screen.getByRole('region', { name: 'ผลการตรวจข้อ OIT ที่บันทึกไว้' })).toHaveTextContent('O35 การมีส่วนร่วมของผู้บริหาร คะแนน 0.00');
  });

  it('previews an import row by row and saves nothing while a row is bad', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565'), csv('ตัวชี้วัด,คะแนน\n5,85\n11,90\n5,86'));
    const preview = await screen.findByRole('table', { name: /^ตัวอย่างข้อมูลจากไฟล์ scores.csv: 1 แถวถูกต้อง 2 แถวมีปัญหา/ });
    const rows = within(preview).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['2ตัวชี้วัดที่ 585.00✓ ถูกต้อง', '3——✕ ไม่มีตัวชี้วัดที่ 11 ในเกณฑ์ปี 2565', '4——✕ ตัวชี้วัดที่ 5 ซ้ำกับแถวที่ 2']);
    expect(screen.queryByRole('button', { name: /^บันทึกทั้ง/ })).toBeNull();
    expect(screen.getByText(/ระบบจะบันทึกเมื่อทุกแถวถูกต้องเท่านั้น/)).toBeInTheDocument();
    expect((await store.getAssessment(2565)).indicatorScores.find((s) => s.indicator === 5)?.score).toBe(78.2);
  });

  it('saves a good file only when confirmed, and the dashboard follows', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565'), csv('indicator\tscore\n5\t85.5\n8\t91', 'scores.tsv'));
    await screen.findByRole('table', { name: /2 แถวถูกต้อง 0 แถวมีปัญหา/ });
    expect((await store.getAssessment(2565)).indicatorScores.find((s) => s.indicator === 5)?.score).toBe(78.2);
    await user.click(screen.getByRole('button', { name: 'บันทึกทั้ง 2 แถว' }));
    expect(await screen.findByText('บันทึกคะแนนจากไฟล์ scores.tsv แล้ว 2 แถว')).toBeInTheDocument();
    const saved = await store.getAssessment(2565);
    expect(saved.indicatorScores.filter((s) => [5, 8].includes(s.indicator)).map((s) => s.score)).toEqual([85.5, 91]);
    // 93.94 + (85.50 − 78.20) × 6 % + (91 − 88.50) × 10 % = 94.628 → 94.63
    await waitFor(() => expect(screen.getByText('94.63 คะแนน ระดับ A')).toBeInTheDocument());
  });

  it('refuses a file it cannot read as a whole, saying why', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments' });
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565'), csv('ชื่อ,ค่า\na,1'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'อ่านไฟล์ scores.csv ไม่ได้: อ่านไฟล์เป็น UTF-8 พบตัวคั่น , (จุลภาค) แต่ไม่พบหัวคอลัมน์ตัวชี้วัดหรือรหัสข้อ OIT และคะแนน: หัวคอลัมน์ที่พบ (แถวที่ 1) คือ "ชื่อ", "ค่า"',
    );
  });

  it('keeps the preview and says why when the store refuses the save', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    store.saveAssessment = () => Promise.reject(new Error('พื้นที่เก็บข้อมูลเต็ม'));
    await renderApp({ store, url: '/assessments' });
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565'), csv('ตัวชี้วัด,คะแนน\n5,85'));
    await user.click(await screen.findByRole('button', { name: 'บันทึกทั้ง 1 แถว' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ ยังไม่มีข้อมูลใดเปลี่ยน: พื้นที่เก็บข้อมูลเต็ม');
    expect(screen.getByRole('table', { name: /1 แถวถูกต้อง/ })).toBeInTheDocument();
  });

  it('offers the import to the planning officer only', async () => {
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/assessments', preferences: { dataSource: 'browser', actor: head } });
    await screen.findByRole('region', { name: 'คะแนนรายตัวชี้วัด' });
    expect(screen.queryByRole('region', { name: 'นำเข้าคะแนนจากไฟล์' })).toBeNull();
  });
});

describe('starting a new fiscal year', () => {
  // Enabled once the organisation and the frameworks it copies from have been read.
  const startButton = async () => {
    const button = await screen.findByRole('button', { name: 'เริ่มปีใหม่' });
    await waitFor(() => expect(button).toBeEnabled());
    return button;
  };

  it('opens 2566 with a copy of the 2565 framework, ready for its scores, ', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const field = await screen.findByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
    expect(field).toHaveValue('2566');
    await user.click(await startButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ปีงบประมาณ พ.ศ. 2566' })).toBeInTheDocument();
    expect(await screen.findByText('ยังไม่มีคะแนนของปีนี้ นำเข้าจากไฟล์ด้านล่างได้')).toBeInTheDocument();
    expect((await store.listFrameworks()).map((f) => f.fiscalYear)).toEqual([2564, 2565, 2566]);
    expect((await store.getAssessment(2566)).indicatorScores).toEqual([]);
  });

  it('refuses a year that is already there, beside the field, keeping what was typed', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments' });
    const field = await screen.findByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' });
    await user.clear(field);
    await user.type(field, '๒๕๖๕');
    await user.click(await startButton());
    expect(field).toHaveAccessibleDescription('มีผลการประเมินของปีงบประมาณ 2565 อยู่แล้ว');
    expect(field).toHaveValue('๒๕๖๕');
  });

  it('refuses a year already there in English words too', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/assessments?lang=en' });
    const field = await screen.findByRole('textbox', { name: 'Fiscal year (B.E.)' });
    await user.clear(field);
    await user.type(field, '2565');
    await user.click(await screen.findByRole('button', { name: 'Start the year' }));
    expect(field).toHaveAccessibleDescription('There is already a result for fiscal year 2565');
  });

  it('imports 2566’s scores and the dashboard shows 2566 with the change from 2565', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    await user.click(await startButton());
    await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ปีงบประมาณ พ.ศ. 2566' });
    const scores = [95, 99.65, 100, 98.33, 90, 93, 92, 91, 100, 95];
    await user.upload(
      await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2566'),
      new File([['ตัวชี้วัด,คะแนน', ...scores.map((s, i) => `${i + 1},${s}`)].join('\n')], '2566.csv', { type: 'text/csv' }),
    );
    await user.click(await screen.findByRole('button', { name: 'บันทึกทั้ง 10 แถว' }));
    await screen.findByText('บันทึกคะแนนจากไฟล์ 2566.csv แล้ว 10 แถว');
    await user.click(screen.getByRole('link', { name: 'ภาพรวมผลการประเมิน' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566' })).toBeInTheDocument();
    // (95+99.65+100+98.33+90) × 6 % + (93+92+91) × 10 % + (100+95) × 20 % = 95.5788 → 95.58
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(score).toHaveTextContent('95.58');
    expect(score).toHaveTextContent('เพิ่มขึ้น 1.63 คะแนนจากปี 2565 (93.95 คะแนน ระดับ A)');
  });
});

describe('entering scores by hand', () => {
  const entry = () => screen.findByRole('region', { name: 'กรอกหรือแก้ไขคะแนน' });

  it('recomputes the total and level with each keystroke, with the disagreements, before anything is saved', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const form = await entry();
    // The live figures are the form's first status; the second says whether a save went through.
    const live = within(form).getAllByRole('status')[0];
    expect(form).toHaveTextContent('คะแนนรวมที่คำนวณได้ 93.94 คะแนน ระดับ A');
    expect(form).toHaveTextContent('รายงานระบุคะแนนรวม 93.95 แต่คะแนนรายตัวชี้วัดคำนวณได้ 93.94');
    const field5 = within(form).getByRole('textbox', { name: 'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (น้ำหนัก 6)' });
    await user.clear(field5);
    await user.type(field5, '100');
    expect(live).toHaveTextContent('คะแนนรวมที่คำนวณได้ 95.25 คะแนน ระดับ AA');
    expect(form).toHaveTextContent('รายงานระบุคะแนนรวม 93.95 แต่คะแนนรายตัวชี้วัดคำนวณได้ 95.25');
    await user.clear(field5);
    expect(form).toHaveTextContent('ยังคำนวณคะแนนรวมไม่ได้ ขาดคะแนนอีก 1 ตัวชี้วัด');
    expect((await store.getAssessment(2565)).indicatorScores).toHaveLength(10);
  });

  it('says beside each field what is wrong, saves nothing, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const form = await entry();
    const field7 = within(form).getByRole('textbox', { name: 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (น้ำหนัก 10)' });
    const total = within(form).getByRole('textbox', { name: 'คะแนนรวมตามรายงาน (เว้นว่างได้)' });
    await user.clear(field7);
    await user.type(field7, '101');
    await user.clear(total);
    await user.type(total, 'เก้าสิบ');
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(field7).toHaveAccessibleDescription('คะแนน 101 เกิน 100');
    expect(total).toHaveAccessibleDescription('คะแนน "เก้าสิบ" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง');
    expect(field7).toHaveValue('101');
    expect((await store.getAssessment(2565)).reportedTotal).toBe(93.95);
  });

  it('saves corrected scores, and keeps every field when the store refuses', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const real = store.saveAssessment.bind(store);
    let refuse = true;
    store.saveAssessment = (a) => (refuse ? Promise.reject(new Error('พื้นที่เก็บข้อมูลเต็ม')) : real(a));
    await renderApp({ store, url: '/assessments' });
    const form = await entry();
    const field8 = within(form).getByRole('textbox', { name: 'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน (น้ำหนัก 10)' });
    await user.clear(field8);
    await user.type(field8, '90,25');
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('บันทึกไม่สำเร็จ: พื้นที่เก็บข้อมูลเต็ม');
    expect(field8).toHaveValue('90,25');
    refuse = false;
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(await within(form).findByText('บันทึกแล้ว')).toBeInTheDocument();
    expect((await store.getAssessment(2565)).indicatorScores.find((s) => s.indicator === 8)?.score).toBe(90.25);
    expect(field8).toHaveValue('90.25');
  });
  it('keeps the pass count as the report states it, both figures or neither', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    expect(await screen.findByText('ผ่าน 9 ไม่ผ่าน 0 ตัวชี้วัด')).toBeInTheDocument();
    const form = await entry();
    const passed = within(form).getByRole('textbox', { name: 'ตัวชี้วัดที่ผ่านเกณฑ์ตามรายงาน' });
    const failed = within(form).getByRole('textbox', { name: 'ตัวชี้วัดที่ไม่ผ่านเกณฑ์ตามรายงาน' });
    expect([passed, failed].map((f) => (f as HTMLInputElement).value)).toEqual(['9', '0']);
    await user.clear(failed);
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(failed).toHaveAccessibleDescription('กรอกทั้งจำนวนที่ผ่านและไม่ผ่าน หรือเว้นว่างทั้งสองช่อง');
    await user.type(failed, '5');
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(failed).toHaveAccessibleDescription('ผ่าน 9 และไม่ผ่าน 5 รวมกันเกิน 10 ตัวชี้วัดของเกณฑ์ปีนี้');
    await user.clear(failed);
    await user.type(failed, '๑');
    await user.click(within(form).getByRole('button', { name: 'บันทึกคะแนน' }));
    expect(await within(form).findByText('บันทึกแล้ว')).toBeInTheDocument();
    expect((await store.getAssessment(2565)).reportedPassCount).toEqual({ passed: 9, failed: 1 });
  });
});

describe('O-item results by hand', () => {
  it('corrects a recorded result, adds one, and removes one, each saved at once', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const section = await screen.findByRole('region', { name: 'ผลการตรวจข้อ OIT ที่บันทึกไว้' });
    const form = within(section).getByRole('form', { name: 'บันทึกหรือแก้ไขผลรายข้อ' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'ข้อ' }), 'O35');
    const score = within(form).getByRole('textbox', { name: 'คะแนน (เว้นว่างได้ หากผู้ตรวจไม่ได้ให้คะแนน)' });
    expect(score).toHaveValue('0.00');
    await user.clear(score);
    await user.type(score, '150');
    await user.click(within(form).getByRole('button', { name: 'บันทึกผลของข้อนี้' }));
    expect(score).toHaveAccessibleDescription('คะแนน 150 เกิน 100');
    await user.clear(score);
    await user.type(score, '100');
    await user.click(within(form).getByRole('button', { name: 'บันทึกผลของข้อนี้' }));
    expect(await within(form).findByText('บันทึกผลของข้อ O35 แล้ว')).toBeInTheDocument();
    expect((await store.getAssessment(2565)).oItemResults.find((r) => r.code === 'O35')?.score).toBe(100);

    await user.selectOptions(within(form).getByRole('combobox', { name: 'ข้อ' }), 'O1');
    // O1 has no result yet: nothing of O35's is left in the form to be saved under O1.
    expect(score).toHaveValue('');
    expect(within(form).getByRole('textbox', { name: 'ความเห็นของผู้ตรวจ' })).toHaveValue('');
    await user.clear(score);
    await user.type(score, '100');
    await user.click(within(form).getByRole('button', { name: 'บันทึกผลของข้อนี้' }));
    await waitFor(() => expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^O1 โครงสร้าง คะแนน 100.00/));

    expect((await store.getAssessment(2565)).oItemResults.find((r) => r.code === 'O1')).toEqual({ code: 'O1', score: 100, assessorComment: '' });

    await user.click(within(section).getByRole('button', { name: 'ลบผลของข้อ O1' }));
    expect(await within(section).findByText('ลบผลของข้อ O1 แล้ว')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'ผลการตรวจข้อ OIT ที่บันทึกไว้' })).toHaveFocus();
    expect((await store.getAssessment(2565)).oItemResults.map((r) => r.code)).not.toContain('O1');
  });

  it('is not offered to anyone but the planning officer', async () => {
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/assessments', preferences: { dataSource: 'browser', actor: head } });
    const section = await screen.findByRole('region', { name: 'ผลการตรวจข้อ OIT ที่บันทึกไว้' });
    expect(within(section).queryByRole('form')).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});

describe('findings', () => {
  it('lists the year’s findings with what to improve', async () => {
    await renderApp({ url: '/assessments' });
    const section = await screen.findByRole('region', { name: 'ข้อบกพร่องจากการประเมิน' });
    await waitFor(() => expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'EIT 1. ประสิทธิภาพการสื่อสาร',
      'EIT 2. การปรับปรุงการทำงาน',
      'IIT 1. การแก้ไขปัญหาการทุจริต',
      'OIT 1. การมีส่วนร่วมของผู้บริหาร',
      'เพิ่มข้อบกพร่อง',
    ]));
    expect(section).toHaveTextContent('ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน');
  });

  it('writes a finding for indicator 6, then a measure from it that starts linked, with its units and improvement', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const section = await screen.findByRole('region', { name: 'ข้อบกพร่องจากการประเมิน' });
    const form = await within(section).findByRole('form', { name: 'เพิ่มข้อบกพร่อง' });
    // The weakest indicator comes first.
    expect(within(form).getByRole('combobox', { name: 'ข้อบกพร่องของ' })).toHaveDisplayValue('ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (78.20 คะแนน)');
    await user.click(within(form).getByRole('button', { name: 'บันทึกข้อบกพร่อง' }));
    expect(within(form).getByRole('textbox', { name: 'หัวข้อ' })).toHaveAccessibleDescription('ต้องระบุหัวข้อของข้อบกพร่อง');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'ข้อบกพร่องของ' }), 'i6');
    await user.type(within(form).getByRole('textbox', { name: 'หัวข้อ' }), 'คุณภาพการดำเนินงาน');
    await user.type(within(form).getByRole('textbox', { name: 'การวิเคราะห์ข้อบกพร่อง' }), 'ขั้นตอนการให้บริการไม่ชัดเจน');
    await user.type(within(form).getByRole('textbox', { name: 'มาตรการดำเนินการปรับปรุง' }), 'จัดทำคู่มือการให้บริการ');
    await user.click(within(form).getByRole('checkbox', { name: 'กองคลัง' }));
    await user.click(within(form).getByRole('button', { name: 'บันทึกข้อบกพร่อง' }));
    expect(await within(form).findByText('บันทึกข้อบกพร่อง คุณภาพการดำเนินงาน แล้ว')).toBeInTheDocument();
    const saved = (await store.listFindings('asm-2565')).find((f) => f.title === 'คุณภาพการดำเนินงาน');
    expect(saved).toMatchObject({ instrument: 'EIT', order: 3, target: { kind: 'indicator', indicator: 6 }, statedScore: 91.72, unitIds: ['unit-finance'] });

    await user.click(await within(section).findByRole('link', { name: 'สร้างมาตรการจากข้อบกพร่องนี้: คุณภาพการดำเนินงาน' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เพิ่มมาตรการ ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(await screen.findByLabelText('คำอธิบาย')).toHaveValue('จัดทำคู่มือการให้บริการ');
    expect(screen.getByRole('radio', { name: 'มาตรการปรับปรุงตามข้อบกพร่อง' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'ตัวชี้วัดที่ 6' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'กองคลัง' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /คุณภาพการดำเนินงาน/ })).toBeChecked();
  });
});

describe('carrying measures into a new year', () => {
  it('offers 2565’s unfinished measures to 2566, carries the chosen ones, and each links back to its history', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await store.appendProgress('msr-plan-2', { date: '2023-03-30', status: 'done', percent: 100, note: 'เสร็จ', evidenceUrl: '' });
    await renderApp({ store, url: '/assessments' });
    const start = await screen.findByRole('button', { name: 'เริ่มปีใหม่' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    const section = await screen.findByRole('region', { name: 'ยกมาตรการที่ยังไม่แล้วเสร็จจากปี 2565' });
    const boxes = await within(section).findAllByRole('checkbox');
    // Eight unfinished (measure 2 is done); the three driving measures have no unit to carry.
    expect(boxes).toHaveLength(8);
    expect(boxes.filter((b) => (b as HTMLInputElement).disabled)).toHaveLength(3);
    expect(section).toHaveTextContent('ต้องระบุผู้รับผิดชอบที่มาตรการเดิมก่อน');
    await user.click(within(section).getByRole('checkbox', { name: /การสร้างมาตรฐานป้องกันการรับสินบน/ }));
    await user.click(within(section).getByRole('button', { name: 'ยกมาตรการที่เลือกมาปี 2566' }));
    expect(await within(section).findByText('ยกมาตรการมาแล้ว 4 มาตรการ')).toBeInTheDocument();
    const carried = await store.listMeasures('asm-2566');
    expect(carried.map((m) => m.carriedFrom).sort()).toEqual(['msr-fnd-eit-1', 'msr-fnd-iit-1', 'msr-fnd-oit-1', 'msr-plan-3']);
    await waitFor(() => expect(within(section).getAllByText('ยกมาแล้ว')).toHaveLength(4));
    // Why a box cannot be ticked is read with it, not only shown under it.
    const closed = within(section).getAllByRole('checkbox').filter((b) => (b as HTMLInputElement).disabled);
    expect(closed).toHaveLength(7);
    for (const box of closed) expect(box).toHaveAccessibleDescription(/^(ยกมาแล้ว|ต้องระบุผู้รับผิดชอบที่มาตรการเดิมก่อน)$/);
    // 2565 keeps its own measures.
    expect(await store.listMeasures('asm-2565')).toHaveLength(9);

    const copy = carried.find((m) => m.carriedFrom === 'msr-plan-3');
    cleanup();
    await renderApp({ store, url: `/measures/${copy?.id}` });
    expect(await screen.findByRole('link', { name: 'ยกมาจากปีก่อน: ดูมาตรการเดิมและประวัติความคืบหน้า' })).toHaveAttribute('href', '#/measures/msr-plan-3');
  });
});

describe('the year’s notes', () => {
  it('puts each sub-issue note under the indicator it names', async () => {
    await renderApp({ url: '/assessments' });
    const scores = await screen.findByRole('region', { name: 'คะแนนรายตัวชี้วัด' });
    expect(within(scores).getByRole('row', { name: /^4 การใช้ทรัพย์สินของราชการ/ })).toHaveTextContent('ประเด็นที่ 4 การใช้ทรัพย์สินของราชการได้ 89.31');
    expect(within(scores).getByRole('row', { name: /^1 การปฏิบัติหน้าที่/ })).not.toHaveTextContent('ประเด็นที่');
  });
});

describe('switching years', () => {
  it('drops a preview made for another year, so it cannot be saved into this one', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store, url: '/assessments' });
    const start = await screen.findByRole('button', { name: 'เริ่มปีใหม่' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await user.upload(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2566'), csv('ตัวชี้วัด,คะแนน\n5,85'));
    expect(await screen.findByRole('button', { name: 'บันทึกทั้ง 1 แถว' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: '2565' }));
    expect(await screen.findByLabelText('เลือกไฟล์คะแนนของปี 2565')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^บันทึกทั้ง/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'ปีงบประมาณ (พ.ศ.)' })).toHaveValue('2567');
  });
});

describe('the assessments screen in English', () => {
  const THAI = /[\u0E00-\u0E7F]/u;
  const english = () => renderApp({ url: '/assessments?lang=en' });

  it('words each score entry fault by its code, with no Thai', async () => {
    const user = userEvent.setup();
    await english();
    const form = await screen.findByRole('region', { name: 'Enter or correct the scores' });
    const field7 = within(form).getByRole('textbox', { name: /^Indicator 7 / });
    const total = within(form).getByRole('textbox', { name: 'Total as reported (may be left blank)' });
    const failed = within(form).getByRole('textbox', { name: 'Indicators failed, as reported' });
    await user.clear(field7);
    await user.type(field7, '101');
    await user.clear(total);
    await user.type(total, 'เก้าสิบ');
    await user.clear(failed);
    await user.type(failed, '5');
    await user.click(within(form).getByRole('button', { name: 'Save the scores' }));
    expect(field7).toHaveAccessibleDescription('The score 101 is over 100');
    // What was typed is quoted as typed; the words around it are English.
    expect(total).toHaveAccessibleDescription('The score "เก้าสิบ" must be a number from 0 to 100 with at most 2 decimals');
    expect(failed).toHaveAccessibleDescription('9 passed and 5 failed make more than the 10 indicators of this year’s framework');
    for (const field of [field7, failed]) expect(field).not.toHaveAccessibleDescription(THAI);
    await user.clear(failed);
    await user.type(failed, '11');
    await user.click(within(form).getByRole('button', { name: 'Save the scores' }));
    expect(failed).toHaveAccessibleDescription('A number of indicators must be a whole number from 0 to 10');
    await user.clear(failed);
    await user.click(within(form).getByRole('button', { name: 'Save the scores' }));
    expect(failed).toHaveAccessibleDescription('Give both the number passed and the number failed, or leave both blank');
  });

  it('words an O-item’s score refusal, and rewords it when the language changes', async () => {
    const user = userEvent.setup();
    await english();
    const section = await screen.findByRole('region', { name: 'O-item results on record' });
    const form = within(section).getByRole('form', { name: 'Record or correct an item’s result' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Item' }), 'O35');
    const score = within(form).getByRole('textbox', { name: 'Score (may be blank if the assessor gave none)' });
    await user.clear(score);
    await user.type(score, '150');
    await user.click(within(form).getByRole('button', { name: 'Save this item’s result' }));
    expect(score).toHaveAccessibleDescription('The score 150 is over 100');
    await user.click(screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }));
    await waitFor(() => expect(score).toHaveAccessibleDescription('คะแนน 150 เกิน 100'));
  });

  it('words a finding’s faults by their codes beside the field they name', async () => {
    const user = userEvent.setup();
    await english();
    const section = await screen.findByRole('region', { name: 'Findings of the assessment' });
    const form = await within(section).findByRole('form', { name: 'Add a finding' });
    await user.click(within(form).getByRole('button', { name: 'Save the finding' }));
    const title = within(form).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveAccessibleDescription('The finding needs a title');
    await user.click(title);
    await user.paste('ก'.repeat(1_001));
    await user.click(within(form).getByRole('button', { name: 'Save the finding' }));
    await waitFor(() => expect(title).toHaveAccessibleDescription('Longer than 1,000 characters'));
  });

  it('says why carrying a measure over failed in English, from the store’s refusal', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    store.createMeasure = () => Promise.reject(forbiddenBy({ code: 'planning-only', values: {} }));
    await renderApp({ store, url: '/assessments?lang=en' });
    const start = await screen.findByRole('button', { name: 'Start the year' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    const section = await screen.findByRole('region', { name: 'Carry unfinished measures over from 2565' });
    await user.click(await within(section).findByRole('button', { name: 'Carry the chosen measures into 2566' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not carry ".+" over: Only the planning officer can do this \(0 carried before it\)$/);
    // The measure's title is the agency's own text; the rest is the screen's.
    expect(alert.textContent?.replace(/".+"/u, '')).not.toMatch(THAI);
  });
});
