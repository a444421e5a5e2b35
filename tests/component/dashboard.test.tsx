import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData, seedStore } from '../support/seed';
import { definitionOf, renderApp } from './renderApp';

describe('the dashboard', () => {
  it('shows the reported and computed totals, the level and why the totals differ', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveTextContent(/^93\.95$/);
    expect(definitionOf(score, 'คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent(/^93\.94$/);
    expect(within(definitionOf(score, 'ระดับ')).getByText('ระดับ A', { exact: true })).toBeInTheDocument();
    expect(score).toHaveTextContent('ต่างกัน 0.01 คะแนน ซึ่งการปัดเศษคะแนนรายตัวชี้วัดที่พิมพ์ไว้อธิบายไม่ได้');
    expect(score).toHaveTextContent('ผ่านเกณฑ์ (85.00 คะแนน) จำนวน 9 ตัวชี้วัด ไม่ผ่าน จำนวน 1 ตัวชี้วัด');
    expect(score).toHaveTextContent('จากคะแนนรวมตามรายงาน ต้องได้เพิ่มอีก 1.05 คะแนน จึงจะถึงระดับ AA');
    expect(score).toHaveTextContent('หากตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ได้ 100 คะแนน คะแนนที่คำนวณได้จะเป็น 95.25 คะแนน ระดับ AA');
  });

  it('lists the ten indicators under IIT, EIT and OIT and flags indicator 5 below the pass mark', async () => {
    await renderApp();
    const table = await screen.findByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    const groups = within(table).getAllByRole('rowheader').filter((h) => /^(IIT|EIT|OIT) /.test(h.textContent ?? ''));
    expect(groups.map((g) => g.textContent)).toEqual([
      'IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (น้ำหนัก 30%)',
      'EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (น้ำหนัก 30%)',
      'OIT แบบวัดการเปิดเผยข้อมูลสาธารณะ (น้ำหนัก 40%)',
    ]);
    const row5 = within(table).getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ });
    expect(row5).toHaveTextContent('78.20');
    expect(within(row5).getAllByText('ไม่ผ่านเกณฑ์ 85.00').length).toBeGreaterThan(0);
    const row7 = within(table).getByRole('row', { name: /^7 ประสิทธิภาพการสื่อสาร/ });
    expect(within(row7).getAllByText('ต่ำกว่า 90.00 ต้องปรับปรุง').length).toBeGreaterThan(0);
    const row3 = within(table).getByRole('row', { name: /^3 การใช้อำนาจ/ });
    expect(row3).toHaveTextContent('100.00');
    expect(within(row3).queryByText(/ไม่ผ่าน|ต้องปรับปรุง/)).toBeNull();
    // Each note of the issues column sits under the indicator it names.
    expect(within(table).getByRole('row', { name: /^4 การใช้ทรัพย์สินของราชการ/ })).toHaveTextContent('ประเด็นที่ 4 การใช้ทรัพย์สินของราชการได้ 89.31');
    expect(within(table).getByRole('row', { name: /^1 การปฏิบัติหน้าที่/ })).not.toHaveTextContent('ประเด็นที่');
  });

  it('states every disagreement in the document in plain Thai', async () => {
    await renderApp();
    const region = await screen.findByRole('region', { name: 'ข้อสังเกต: ตัวเลขในเอกสารที่ไม่สอดคล้องกัน' });
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '⚠ รายงานระบุคะแนนรวม 93.95 แต่คะแนนรายตัวชี้วัดคำนวณได้ 93.94 (ต่างกัน 0.01)',
      '⚠ ตัวชี้วัดที่ 7 มีคะแนนไม่ตรงกันในเอกสาร คือ 89.70 ในตารางผลคะแนน แต่ 88.82 ในตารางข้อบกพร่อง ระบบใช้ 89.70 ในการคำนวณ',
      '⚠ รายงานระบุว่าผ่านเกณฑ์ 9 ตัวชี้วัด ไม่ผ่าน 0 ตัวชี้วัด แต่จากคะแนนรายตัวชี้วัด ผ่านเกณฑ์ 9 ตัวชี้วัด ไม่ผ่าน 1 ตัวชี้วัด (ตัวชี้วัดที่ 5 ได้ 78.20 ต่ำกว่าเกณฑ์ 85.00)',
    ]);
    // The sentence the claims come from is quoted, so the reader can check it against the paper.
    expect(within(region).getByText(/^จากผลการประเมินฯ ประจำปีงบประมาณ พ.ศ. 2565 ได้คะแนนเฉลี่ยร้อยละ 93.95/)).toHaveTextContent(
      'และไม่ผ่านเกณฑ์การประเมิน จำนวน 0 ตัวชี้วัด',
    );
  });

  it('draws the chart as a list of bars a screen reader reads, each naming its score and standing', async () => {
    await renderApp();
    const chart = await screen.findByRole('figure', { name: /^กราฟแท่งคะแนนตัวชี้วัดทั้ง 10 ตัว เทียบกับเส้นเกณฑ์ผ่าน 85.00 และเส้นเกณฑ์ควรปรับปรุง 90.00/ });
    const bars = within(chart).getAllByRole('link');
    expect(bars).toHaveLength(10);
    // The name holds what the bar shows, number then score, whole (WCAG 2.5.3 label in name).
    expect(bars[4]).toHaveAccessibleName('ตัวชี้วัดที่ 5 78.20 คะแนน การแก้ไขปัญหาการทุจริต ไม่ผ่านเกณฑ์ 85.00');
    expect(bars[6]).toHaveAccessibleName('ตัวชี้วัดที่ 7 89.70 คะแนน ประสิทธิภาพการสื่อสาร ต่ำกว่า 90.00 ต้องปรับปรุง');
    expect(bars[9]).toHaveAccessibleName('ตัวชี้วัดที่ 10 93.75 คะแนน การป้องกันการทุจริต ผ่าน');
    expect(bars[4]).not.toHaveAttribute('aria-label');
    // The standing is a shape as well as a colour.
    expect(bars[4]).toHaveTextContent('✕');
    expect(bars[6]).toHaveTextContent('!');
    expect(bars[9]).toHaveTextContent('✓');
    expect(bars[4]?.querySelector('.bar')).toHaveStyle({ height: '78.2%' });
    expect(bars[4]).toHaveAttribute('href', '#/measures?year=2565&unit=all&link=i5');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ITA assessment, fiscal year 2565 B.E.' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.hash).toContain('lang=en');
    expect(await screen.findByRole('region', { name: 'Notes: figures in the document that disagree' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'เปลี่ยนเป็นภาษาไทย' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');
  });
});

describe('the dashboard with other data', () => {
  it('opens the year in the URL and lets the user pick another', async () => {
    const user = userEvent.setup();
    const data = seedData();
    const [seedAssessment] = data.assessments;
    if (!seedAssessment) throw new Error('no assessment');
    data.assessments.push({
      ...seedAssessment,
      id: 'asm-2564',
      fiscalYear: 2564,
      reportedTotal: 80,
      reportedLevel: 'B',
      reportedPassCount: null,
      indicatorScores: seedAssessment.indicatorScores.map((s) => ({ ...s, score: 80 })),
    });
    await renderApp({ store: await seedStore(data), url: '/?year=2564' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2564' })).toBeInTheDocument();
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    expect(definitionOf(score, 'คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent('80.00');
    await user.selectOptions(screen.getByRole('combobox', { name: 'ปีงบประมาณ' }), '2565');
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(window.location.hash).toContain('year=2565');
  });

  it('falls back to the newest year when the URL names one that is not there, and says so', async () => {
    await renderApp({ url: '/?year=2570' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    const notices = screen.getAllByRole('status').map((el) => el.textContent);
    expect(notices).toContain('ไม่พบผลการประเมินของปีงบประมาณ 2570 จึงแสดงปี 2565 แทน');
  });

  it('ignores a year in the URL that is not a year', async () => {
    await renderApp({ url: '/?year=abc' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(screen.queryByText(/ไม่พบผลการประเมินของปีงบประมาณ/)).toBeNull();
  });

  it('refuses to score a year it has no framework for, saying so in Thai', async () => {
    const data = seedData();
    data.assessments = data.assessments.map((a) => ({ ...a, fiscalYear: 2567 }));
    await renderApp({ store: await seedStore(data) });
    expect(await screen.findByRole('alert')).toHaveTextContent('ยังไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ 2567 ในระบบ จึงคำนวณคะแนนของปีนี้ไม่ได้ (มีเกณฑ์ของปี 2564, 2565)');
  });

  it('scores a year with the framework the agency stored for it', async () => {
    const data = seedData();
    data.assessments = data.assessments.map((a) => ({ ...a, fiscalYear: 2567 }));
    const base = data.frameworks.find((f) => f.fiscalYear === 2565);
    if (!base) throw new Error('no 2565 framework');
    // A framework for 2567 that moves weight from IIT's indicator 1 to its indicator 5.
    const weights = (n: number, w: number) => (n === 1 ? w - 2 : n === 5 ? w + 2 : w);
    data.frameworks.push({
      ...base,
      fiscalYear: 2567,
      name: 'ITA 2567',
      instruments: base.instruments.map((i) => ({ ...i, indicators: i.indicators.map((ind) => ({ ...ind, weight: weights(ind.number, ind.weight) })) })),
    });
    await renderApp({ store: await seedStore(data) });
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    // 93.94 − 93.75 × 2 % + 78.20 × 2 % = 93.63
    expect(definitionOf(score, 'คำนวณจากคะแนนรายตัวชี้วัด')).toHaveTextContent(/^93\.63$/);
  });

  it('opens on the first run, not an error, when no assessment has been entered', async () => {
    const data = seedData();
    data.assessments = [];
    await renderApp({ store: await seedStore(data) });
    expect(await screen.findByRole('heading', { level: 1, name: 'เริ่มต้นใช้งาน' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a failed read as an error with a retry that works', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const real = store.getSettings.bind(store);
    let fail = true;
    store.getSettings = () => (fail ? Promise.reject(new Error('อ่านข้อมูลไม่ได้')) : real());
    await renderApp({ store });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('อ่านข้อมูลไม่ได้');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
    const score = await screen.findByRole('region', { name: 'คะแนนรวมและระดับ' });
    await waitFor(() => expect(definitionOf(score, 'คะแนนรวมตามรายงาน')).toHaveTextContent('93.95'));
  });

  it('counts the measures answering each indicator, each count opening them', async () => {
    const user = userEvent.setup();
    await renderApp();
    const table = await screen.findByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    const cellOf = (row: RegExp) => within(table).getByRole('row', { name: row }).querySelector('.measure-count');
    // Through the findings: 5 and 7 have the finding's improvement and a driving measure; O35 counts for 10.
    await waitFor(() => expect(within(table).getByRole('link', { name: '2 มาตรการที่ตอบตัวชี้วัดที่ 5' })).toHaveTextContent(/^2$/));
    expect(within(table).getByRole('link', { name: '2 มาตรการที่ตอบตัวชี้วัดที่ 7' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '1 มาตรการที่ตอบตัวชี้วัดที่ 10' })).toBeInTheDocument();
    // Indicator 8 is below the improvement mark with nothing answering it: the gap stands out.
    expect(cellOf(/^8 การปรับปรุงการทำงาน/)?.querySelector('strong')).toHaveTextContent('ไม่มี');
    expect(cellOf(/^3 การใช้อำนาจ/)).toHaveTextContent('ไม่มี');
    expect(cellOf(/^3 การใช้อำนาจ/)?.querySelector('strong')).toBeNull();
    expect(within(table).getByRole('link', { name: 'ไม่มีมาตรการที่ตอบตัวชี้วัดที่ 8' })).toHaveAttribute('href', '#/measures?year=2565&unit=all&link=i8');
    await user.click(within(table).getByRole('link', { name: '2 มาตรการที่ตอบตัวชี้วัดที่ 5' }));
    expect(await screen.findByText('แสดง 2 จาก 9 มาตรการ')).toBeInTheDocument();
  });

  it('keeps the reader’s language in every link it makes, after the link’s own query', async () => {
    await renderApp({ url: '/?lang=en' });
    const table = await screen.findByRole('table', { name: 'Scores by indicator' });
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBeGreaterThan(0));
    for (const link of within(table).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^#\/measures\?year=2565&unit=all&link=i\d+&lang=en$/);
  });

  it('leaves archived measures out of the count', async () => {
    const data = seedData();
    for (const m of data.measures) if (m.id === 'msr-fnd-oit-1') m.archived = true;
    await renderApp({ store: await seedStore(data) });
    const table = await screen.findByRole('table', { name: 'คะแนนรายตัวชี้วัด' });
    await within(table).findByRole('link', { name: '2 มาตรการที่ตอบตัวชี้วัดที่ 5' });
    expect(within(table).getByRole('link', { name: 'ไม่มีมาตรการที่ตอบตัวชี้วัดที่ 10' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: /^\d+ มาตรการที่ตอบตัวชี้วัดที่ 10$/ })).toBeNull();
  });

  it('still shows the score when the measures cannot be read, and says why the count is missing', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const real = store.listMeasures.bind(store);
    let fail = true;
    store.listMeasures = (...args) => (fail ? Promise.reject(new Error('อ่านข้อมูลไม่ได้')) : real(...args));
    await renderApp({ store });
    const notice = await screen.findByText(/อ่านข้อมูลมาตรการไม่ได้/);
    expect(screen.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'มาตรการ' })).toBeNull();
    fail = false;
    await user.click(within(notice).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await screen.findByRole('link', { name: '2 มาตรการที่ตอบตัวชี้วัดที่ 5' })).toBeInTheDocument();
  });
});
