import { act, findByRole, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const region = (name: string | RegExp) => screen.findByRole('region', { name });
// A chart waits for its lazy chunk, and the first test to import recharts transforms all of it.
const chart = (name: string | RegExp, within: HTMLElement = document.body) => findByRole(within, 'region', { name }, { timeout: 15_000 });

// jsdom lays nothing out, so a chart's container measures 0 wide and recharts draws nothing:
// give every element a phone-to-laptop width, as a browser would.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(720);
});
afterEach(() => vi.restoreAllMocks());

describe('where the total comes from', () => {
  it('gives each instrument its points out of its weight', async () => {
    await renderApp();
    const shares = await region('คะแนนรวมมาจากไหน');
    const items = within(shares).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'IIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายในได้ 28.20 จาก 30 คะแนน (ขาด 1.80)',
      'EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอกได้ 26.99 จาก 30 คะแนน (ขาด 3.01)',
      'OIT แบบวัดการเปิดเผยข้อมูลสาธารณะได้ 38.75 จาก 40 คะแนน (ขาด 1.25)',
    ]);
  });
});

describe('the road to the next level', () => {
  it('says how far AA is and ranks the indicators by what they could add', async () => {
    await renderApp();
    const road = await region('เส้นทางสู่ระดับ AA');
    expect(road).toHaveTextContent('ต้องได้คะแนนรวมเพิ่มอีก 1.05 คะแนน จึงจะถึง 95.00 คะแนน');
    const table = within(road).getByRole('table', { name: 'ตัวชี้วัดที่เพิ่มคะแนนรวมได้มากที่สุด (น้ำหนัก × คะแนนที่ยังเพิ่มได้)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent?.replace('ตัวเดียวก็ถึงระดับ AA', ''))).toEqual([
      'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต',
      'ตัวชี้วัดที่ 10 การป้องกันการทุจริต',
      'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน',
      'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร',
      'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน',
    ]);
    expect(rows[0]).toHaveTextContent('78.200.06+1.31');
    expect(rows[1]).toHaveTextContent('93.750.20+1.25');
    // 8 to 100 makes 95.09, AA; 7 to 100 makes 94.97, still A.
    expect(rows.map((r) => r.textContent?.includes('ตัวเดียวก็ถึงระดับ AA'))).toEqual([true, true, true, false, false]);
  });

  it('tries indicator 5 at 100: 95.25 and AA, and changes nothing stored', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    await renderApp({ store });
    const road = await region('เส้นทางสู่ระดับ AA');
    const result = within(road).getByRole('status');
    expect(result).toHaveTextContent('คะแนนรวมที่คำนวณได้ 93.94 คะแนน ระดับ A');
    await user.click(within(road).getByRole('button', { name: 'ให้ได้ 100 คะแนน: ทดลองกับตัวชี้วัดที่ 5' }));
    expect(result).toHaveTextContent('คะแนนรวมที่คำนวณได้ 95.25 คะแนน ระดับ AA');
    expect(result).toHaveTextContent('เพิ่มขึ้น 1.31 คะแนนจาก 93.94');
    expect(within(road).getByRole('textbox', { name: 'ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต' })).toHaveValue('100');
    expect((await store.getAssessment(2565)).indicatorScores.find((s) => s.indicator === 5)?.score).toBe(78.2);
    // The rest of the page still shows the real result.
    expect(screen.getByRole('row', { name: /^5 การแก้ไขปัญหาการทุจริต/ })).toHaveTextContent('78.20');
  });

  it('takes typed scores, says beside a field what is wrong, and goes back to the real scores', async () => {
    const user = userEvent.setup();
    await renderApp();
    const road = await region('เส้นทางสู่ระดับ AA');
    const result = within(road).getByRole('status');
    const field8 = within(road).getByRole('textbox', { name: 'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน' });
    await user.clear(field8);
    await user.type(field8, '95,5');
    // (95.50 − 88.50) × 10 % = 0.70
    expect(result).toHaveTextContent('คะแนนรวมที่คำนวณได้ 94.64 คะแนน ระดับ A');
    const field7 = within(road).getByRole('textbox', { name: 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร' });
    await user.clear(field7);
    await user.type(field7, '120');
    expect(field7).toHaveAttribute('aria-invalid', 'true');
    expect(field7).toHaveAccessibleDescription('คะแนนต้องเป็นตัวเลข 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง ระบบจึงใช้คะแนนจริง 89.70 แทนในการคำนวณ');
    expect(result).toHaveTextContent('คะแนนรวมที่คำนวณได้ 94.64 คะแนน ระดับ A');
    expect(result).toHaveTextContent('เปลี่ยนไป 1 ตัวชี้วัด');
    await user.click(within(road).getByRole('button', { name: 'กลับไปใช้คะแนนจริง' }));
    expect(result).toHaveTextContent('คะแนนรวมที่คำนวณได้ 93.94 คะแนน ระดับ A');
    expect(field8).toHaveValue('88.50');
    expect(field7).toHaveValue('89.70');
  });
});

describe('the what-if in English', () => {
  it('reads Thai digits and a decimal comma, and says a refused score in English', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/?lang=en' });
    const road = await region('The road to level AA');
    const result = within(road).getByRole('status');
    const field8 = within(road).getByRole('textbox', { name: /^Indicator 8 / });
    await user.clear(field8);
    await user.type(field8, '๙๕,๕');
    expect(result).toHaveTextContent('Computed total 94.64 points, level A');
    const field7 = within(road).getByRole('textbox', { name: /^Indicator 7 / });
    await user.clear(field7);
    await user.type(field7, '120');
    expect(field7).toHaveAccessibleDescription('A score must be a number from 0 to 100 with at most two decimals, so the real score 89.70 is used instead');
    expect(field7).not.toHaveAccessibleDescription(/[\u0E00-\u0E7F]/u);
    expect(result).toHaveTextContent('1 indicator changed');
  });
});

describe('coverage gaps', () => {
  it('finds indicator 8 with no measure, and hands the planning officer the way to write one', async () => {
    await renderApp();
    const gaps = await region('สิ่งที่ยังไม่มีมาตรการรองรับ');
    expect(within(gaps).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 88.50 คะแนน',
    ]);
    expect(within(gaps).getByRole('link', { name: 'เพิ่มมาตรการ สำหรับตัวชี้วัดที่ 8 การปรับปรุงการทำงาน ได้ 88.50 คะแนน' })).toHaveAttribute(
      'href',
      '#/measures/new?year=2565&link=i8',
    );
    expect(within(gaps).getByRole('link', { name: /^ดูข้อบกพร่องของตัวชี้วัดที่ 8/ })).toHaveAttribute('href', '#/measures?unit=all&year=2565&link=i8');
  });

  it('lists a zero-scored O-item whose measure was archived, and offers the executive no button', async () => {
    const data = seedData();
    for (const m of data.measures) if (m.id === 'msr-fnd-oit-1') m.archived = true;
    const executive = { name: 'นายกเทศมนตรี', role: 'executive' as const, unitId: null };
    await renderApp({ store: await seedStore(data), preferences: { dataSource: 'browser', actor: executive } });
    const gaps = await region('สิ่งที่ยังไม่มีมาตรการรองรับ');
    await waitFor(() => expect(within(gaps).getAllByRole('listitem')).toHaveLength(2));
    expect(gaps).toHaveTextContent('O35 การมีส่วนร่วมของผู้บริหาร ได้ 0 คะแนน (ตัวชี้วัดที่ 10)');
    expect(within(gaps).queryByRole('link', { name: /^เพิ่มมาตรการ/ })).toBeNull();
  });
});

describe('measures at a glance', () => {
  it('counts the seed’s measures by health, each count opening the list', async () => {
    await renderApp();
    const glance = await region('มาตรการโดยสรุป');
    expect(glance).toHaveTextContent('มาตรการที่ยังอยู่ในแผน 9 มาตรการ');
    expect(within(glance).getByRole('link', { name: 'เกินกำหนด 3 มาตรการ' })).toHaveAttribute('href', '#/measures?year=2565&unit=all&health=overdue');
    expect(within(glance).getByRole('link', { name: 'ยังไม่เริ่ม 6 มาตรการ' })).toBeInTheDocument();
    expect(within(glance).getByRole('link', { name: 'ตามแผน 0 มาตรการ' })).toBeInTheDocument();
  });

  it('draws each unit’s measures by health, each segment opening that unit’s list so filtered', async () => {
    await renderApp();
    const glance = await region('มาตรการโดยสรุป');
    const units = await chart('แยกตามผู้รับผิดชอบ', glance);
    expect(units).toHaveTextContent('เสร็จแล้ว 0 จาก 9 มาตรการ สำนักปลัดเทศบาลมีมาตรการที่เกินกำหนดหรือเสี่ยงล่าช้ามากที่สุด (2 มาตรการ)');
    expect(within(units).getByRole('link', { name: 'กองคลัง: เกินกำหนด 1 มาตรการ' })).toHaveAttribute(
      'href',
      '#/measures?year=2565&unit=unit-finance&health=overdue',
    );
    expect(within(units).getByRole('link', { name: 'สำนักปลัดเทศบาล: ยังไม่เริ่ม 3 มาตรการ' })).toHaveAttribute(
      'href',
      '#/measures?year=2565&unit=unit-palad&health=not-started',
    );
    // Measures of no unit have no list to open: their count is said, not linked.
    expect(within(units).queryByRole('link', { name: /^ไม่ระบุผู้รับผิดชอบ/ })).toBeNull();
    expect(within(units).getByRole('img', { name: 'ไม่ระบุผู้รับผิดชอบ: ยังไม่เริ่ม 3 มาตรการ' })).toBeInTheDocument();
    const rows = within(within(units).getByRole('table')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['กองคลัง000101', 'สำนักปลัดเทศบาล000235', 'ไม่ระบุผู้รับผิดชอบ000033']);
  });

  it('lists the late with their unit and days late, longest first', async () => {
    await renderApp();
    const glance = await region('มาตรการโดยสรุป');
    const late = [...glance.querySelectorAll('.late-list li')];
    expect(late.map((li) => within(li as HTMLElement).getByRole('link').textContent)).toEqual([
      'การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม',
      'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      'การสร้างมาตรฐานป้องกันการรับสินบน',
    ]);
    expect(late[1]).toHaveTextContent(/เลยกำหนด [\d,]+ วัน/);
    expect(late[1]).toHaveTextContent('กองคลัง');
    expect(within(late[1] as HTMLElement).getByRole('link')).toHaveAttribute('href', '#/measures/msr-plan-3');
  });

  it('shows the newest updates first, with who, when, status and percent', async () => {
    const store = await seedStore();
    await store.appendProgress('msr-plan-3', { date: '2023-03-01', status: 'in-progress', percent: 40, note: 'อบรมแล้ว', evidenceUrl: '' });
    await store.appendProgress('msr-plan-1', { date: '2023-05-02', status: 'in-progress', percent: 20, note: '', evidenceUrl: '' });
    await renderApp({ store });
    const glance = await region('มาตรการโดยสรุป');
    await waitFor(() => expect(glance.querySelectorAll('.recent-list li')).toHaveLength(2));
    const recent = [...glance.querySelectorAll('.recent-list li')].map((li) => li.textContent);
    expect(recent[0]).toBe('การสร้างมาตรฐานป้องกันการรับสินบน2 พ.ค. 2566 · เจ้าหน้าที่วิเคราะห์นโยบายและแผน · กำลังดำเนินการ · ร้อยละ 20');
    expect(recent[1]).toContain('1 มี.ค. 2566');
    expect(recent[1]).toContain('อบรมแล้ว');
  });
});

describe('the trend', () => {
  it('says a trend needs two years while there is one, drawing that year’s instruments', async () => {
    await renderApp();
    const trend = await chart('ผลการประเมินย้อนหลัง');
    expect(trend).toHaveTextContent('มีผลการประเมินเพียงปีเดียว (พ.ศ. 2565) ต้องมีผลอย่างน้อยสองปีจึงจะเห็นแนวโน้ม');
    expect(within(trend).queryByRole('img', { name: /คะแนนรวม/ })).toBeNull();
    expect(within(trend).getByRole('img', { name: /^ปี 2565: OIT .* 38\.75 คะแนน$/ })).toBeInTheDocument();
  });

  it('draws each year’s total with its level, says the change, and the headline says it too', async () => {
    const data = seedData();
    const [seed] = data.assessments;
    if (!seed) throw new Error('no assessment');
    data.assessments.push({ ...seed, id: 'asm-2564', fiscalYear: 2564, reportedTotal: 91.85, reportedLevel: 'A' });
    await renderApp({ store: await seedStore(data) });
    const trend = await chart('ผลการประเมินย้อนหลัง');
    expect(trend).toHaveTextContent('คะแนนรวมปี 2565 ได้ 93.95 คะแนน (ระดับ A) เพิ่มขึ้น 2.10 คะแนนจากปี 2564');
    expect(within(trend).getByRole('img', { name: 'ปี 2564: คะแนนรวม 91.85 ระดับ A' })).toBeInTheDocument();
    expect(within(trend).getByRole('img', { name: 'ปี 2565: คะแนนรวม 93.95 ระดับ A' })).toBeInTheDocument();
    const rows = within(within(trend).getByRole('table')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['256491.85A28.2026.9938.75', '256593.95A28.2026.9938.75']);
    expect(screen.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toHaveTextContent('เพิ่มขึ้น 2.10 คะแนนจากปี 2564 (91.85 คะแนน ระดับ A)');
  });
});

describe('progress over the fiscal year', () => {
  it('draws the measures month by month over the year they run in, from October', async () => {
    await renderApp();
    // The 2565 result's measures start in ต.ค. 2565: fiscal 2566.
    const progress = await chart('ความคืบหน้าของมาตรการตลอดปีงบประมาณ 2566');
    expect(progress).toHaveTextContent(/ดำเนินการแล้ว 0 จาก 9 มาตรการ/);
    const rows = within(within(progress).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toHaveTextContent('ตุลาคม 2565');
  });

  it('reads the year’s updates only when the chart comes near the screen', async () => {
    const observed: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      const store = await seedStore();
      const read = vi.spyOn(store, 'listYearProgress');
      await renderApp({ store });
      await region('มาตรการโดยสรุป');
      expect(read).not.toHaveBeenCalled();
      act(() => observed.forEach((report) => report([{ isIntersecting: true }])));
      expect(await chart('ความคืบหน้าของมาตรการตลอดปีงบประมาณ 2566')).toBeInTheDocument();
      expect(read).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says when the year’s updates cannot be read, and reads them again on request', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    vi.spyOn(store, 'listYearProgress').mockRejectedValueOnce(new Error('network down'));
    await renderApp({ store });
    const failed = await screen.findByText('อ่านความคืบหน้าของมาตรการตลอดปีงบประมาณ 2566 ไม่สำเร็จ', {}, { timeout: 15_000 });
    const alert = failed.closest('[role="alert"]') as HTMLElement;
    await user.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await chart('ความคืบหน้าของมาตรการตลอดปีงบประมาณ 2566')).toBeInTheDocument();
  });
});

describe('links for a department head', () => {
  it('open the whole agency’s measures, as the counts are the agency’s', async () => {
    const user = userEvent.setup();
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ preferences: { dataSource: 'browser', actor: head } });
    const glance = await region('มาตรการโดยสรุป');
    await user.click(within(glance).getByRole('link', { name: 'เกินกำหนด 3 มาตรการ' }));
    expect(await screen.findByText('แสดง 3 จาก 9 มาตรการ')).toBeInTheDocument();
  });
});
