import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedStore } from '../support/seed';
import { renderApp } from './renderApp';

// The measures' own titles, not the panel above them.
const titles = () => [...document.querySelectorAll('.measure-list h2')].map((h) => h.textContent);

describe('the measures list', () => {
  it('lists every measure of the year with its unit, timeframe as written and parsed, and health', async () => {
    await renderApp({ url: '/measures' });
    expect(await screen.findByRole('heading', { level: 1, name: 'มาตรการ ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(await screen.findByText('แสดง 9 จาก 9 มาตรการ')).toBeInTheDocument();
    const procurement = screen.getByRole('heading', { level: 2, name: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }).closest('li');
    if (!procurement) throw new Error('no item');
    expect(procurement).toHaveTextContent('กองคลัง');
    expect(procurement).toHaveTextContent('ม.ค.-ส.ค.66 (ม.ค. 2566 – ส.ค. 2566)');
    // Its timeframe ended in August 2566 (2023) with nothing reported: overdue, and why.
    const badge = within(procurement).getByText('เกินกำหนด', { exact: false });
    expect(badge).toHaveAccessibleDescription(/เลยระยะเวลาดำเนินการมา \d+ วัน แต่ยังไม่แล้วเสร็จ/);
  });

  it('finds Thai words however they were typed, and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures' });
    await screen.findByText('แสดง 9 จาก 9 มาตรการ');
    // โปร่งใส with the tone mark typed before the vowel it sits over.
    await user.type(screen.getByRole('searchbox', { name: 'ค้นหา' }), 'จัดซื้อ โปร\u0E48งใส');
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(titles()).toEqual(['การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง']);
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('q')).toBe('จัดซื้อ โปร\u0E48งใส');
  });

  it('opens a measure that leads back to the list as it was filtered', async () => {
    const user = userEvent.setup();
    const filters = new URLSearchParams({ unit: 'unit-palad', q: 'จัดซื้อ' }).toString();
    await renderApp({ url: `/measures?${filters}&lang=en` });
    const card = await screen.findByRole('link', { name: 'จัดทำคู่มือประชาสัมพันธ์ให้ผู้ปฏิบัติงานด้วยกันที่ยังไม่เข้าใจได้รับทราบ' }, { timeout: 5000 });
    // Unit names are data: Thai in an English page, in the card and in the unit filter's options.
    for (const unit of screen.getAllByText('สำนักปลัดเทศบาล')) expect(unit).toHaveAttribute('lang', 'th');
    expect(screen.getByRole('option', { name: 'สำนักปลัดเทศบาล' })).toHaveAttribute('lang', 'th');
    // The filters ride along; the language is the link's own and is not repeated inside them.
    expect(card).toHaveAttribute('href', `#/measures/msr-fnd-iit-1?from=${encodeURIComponent(filters)}&lang=en`);
    await user.click(card);
    const back = await screen.findByRole('link', { name: 'Back to the measures list' });
    expect(back).toHaveAttribute('href', `#/measures?${filters}&lang=en`);
    await user.click(back);
    expect(await screen.findByText('Showing 1 of 9 measures')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('q')).toBe('จัดซื้อ');
  });

  it('opens a link with a unit chosen', async () => {
    await renderApp({ url: '/measures?unit=unit-palad' });
    expect(await screen.findByText('แสดง 5 จาก 9 มาตรการ')).toBeInTheDocument();
  });

  it('opens a link with an indicator chosen, matching the measures that answer it', async () => {
    await renderApp({ url: '/measures?link=i5' });
    expect(await screen.findByText('แสดง 2 จาก 9 มาตรการ')).toBeInTheDocument();
    // The finding's own improvement, and the driving measure that restates it.
    expect(titles()).toEqual(['จัดทำคู่มือประชาสัมพันธ์ให้ผู้ปฏิบัติงานด้วยกันที่ยังไม่เข้าใจได้รับทราบ', 'มาตรการสร้างความเข้าใจให้แก่ผู้ปฏิบัติงานด้วยกัน']);
  });

  it('opens on their own unit for a department head, who can still ask for all', async () => {
    const user = userEvent.setup();
    const store = await seedStore();
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ store, url: '/measures', preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'ผู้รับผิดชอบ' })).toHaveValue('unit-finance');
    // Their own unit is a unit chosen: its year is drawn above its measures.
    expect(await screen.findByRole('region', { name: 'ความคืบหน้าของกองคลัง ตลอดปีงบประมาณ พ.ศ. 2566 (มาตรการจากผลการประเมินปี 2565)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'ผู้รับผิดชอบ' }), 'all');
    expect(await screen.findByText('แสดง 9 จาก 9 มาตรการ')).toBeInTheDocument();
  });

  it('tells a department head their unit filter is on, counts it, and clears it', async () => {
    const user = userEvent.setup();
    const head = { name: 'ผอ.กองคลัง', role: 'department-head' as const, unitId: 'unit-finance' };
    await renderApp({ url: '/measures', preferences: { dataSource: 'browser', actor: head } });
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(screen.getByText('ตัวกรอง (ใช้อยู่ 1)')).toBeInTheDocument();
    expect(screen.getByText('กรองอยู่: ผู้รับผิดชอบ กองคลัง (หน่วยงานของท่าน)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ล้างตัวกรอง' }));
    expect(await screen.findByText('แสดง 9 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(screen.getByText('ตัวกรอง (ใช้อยู่ 0)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'ล้างตัวกรอง' })).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.hash.split('?')[1]).get('unit')).toBe('all');
  });

  it('names every filter in use, in English with its plural, and clears them all at once', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures?lang=en&unit=unit-palad&link=i5&archived=1&q=x' });
    expect(await screen.findByText('Filters (3 in use)')).toBeInTheDocument();
    // A unit's name is its own, in Thai.
    expect(await screen.findByText('Filtered by Responsible: สำนักปลัดเทศบาล, Indicator or OIT item: Indicator 5 and archived measures included')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all 3 filters' }));
    await vi.waitFor(() => expect(screen.getByText('Filters (0 in use)')).toBeInTheDocument());
    const params = new URLSearchParams(window.location.hash.split('?')[1]);
    // The search stays: its box says itself what it holds.
    expect([...params.keys()].sort()).toEqual(['lang', 'q']);
  });

  it('shows reported progress and its date, and filters by status', async () => {
    const store = await seedStore();
    await store.appendProgress('msr-plan-3', { date: '2023-03-01', status: 'in-progress', percent: 40, note: 'อบรมแล้ว', evidenceUrl: '' });
    await renderApp({ store, url: '/measures?status=in-progress' });
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    const item = screen.getByRole('heading', { level: 2, name: 'การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง' }).closest('li');
    expect(item).toHaveTextContent('กำลังดำเนินการ · ความคืบหน้าร้อยละ 40 · รายงานล่าสุด 1 มี.ค. 2566');
  });

  it('says what an indicator is, why it is weak and what the document said to do, above its measures', async () => {
    await renderApp({ url: '/measures?year=2565&link=i8' });
    const panel = await screen.findByRole('region', { name: 'ตัวชี้วัดที่ 8 การปรับปรุงการทำงาน' });
    expect(panel).toHaveTextContent('คะแนน88.50');
    expect(within(panel).getByText('ต่ำกว่า 90.00 ต้องปรับปรุง')).toBeInTheDocument();
    expect(panel).toHaveTextContent('ร้อยละ 10 ของคะแนนรวม (EIT)');
    // (100 − 88.50) × 10 % of the total.
    expect(panel).toHaveTextContent('หากได้ 100 คะแนนคะแนนรวมเพิ่มขึ้น 1.15 คะแนน');
    expect(within(panel).getByRole('heading', { level: 3, name: 'ข้อบกพร่อง: การปรับปรุงการทำงาน' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('มาตรการดำเนินการปรับปรุง: เอกสารไม่ได้ระบุ');
    expect(await screen.findByText('แสดง 0 จาก 9 มาตรการ')).toBeInTheDocument();
    // The planning officer's way to fill the gap starts linked to the indicator.
    expect(screen.getByRole('link', { name: 'เพิ่มมาตรการ' })).toHaveAttribute('href', '#/measures/new?year=2565&link=i8');
  });

  it('says what an O-item is and what the assessor wrote, above the measures that answer it', async () => {
    await renderApp({ url: '/measures?link=O35' });
    const panel = await screen.findByRole('region', { name: 'O35 การมีส่วนร่วมของผู้บริหาร' });
    expect(panel).toHaveTextContent('ตัวชี้วัดที่ 10');
    expect(panel).toHaveTextContent('คะแนน0.00');
    expect(within(panel).getByRole('heading', { level: 3, name: 'ข้อบกพร่อง: การมีส่วนร่วมของผู้บริหาร' })).toBeInTheDocument();
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(titles()).toContain('ดำเนินการหรือกิจกรรมการมีส่วนร่วมของผู้บริหารสูงสุด');
  });

  it('counts a measure for an O-item under its indicator', async () => {
    await renderApp({ url: '/measures?link=i10' });
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'ตัวชี้วัดที่ 10 การป้องกันการทุจริต' })).toBeInTheDocument();
  });

  it('shows the chosen unit’s year month by month above its measures, and no chart for all units', async () => {
    const user = userEvent.setup();
    await renderApp({ url: '/measures?unit=unit-finance' });
    expect(await screen.findByText('แสดง 1 จาก 9 มาตรการ')).toBeInTheDocument();
    const chart = await screen.findByRole('region', { name: 'ความคืบหน้าของกองคลัง ตลอดปีงบประมาณ พ.ศ. 2566 (มาตรการจากผลการประเมินปี 2565)' });
    // One measure, ม.ค.–ส.ค. 2566, past its end with nothing reported: behind the plan.
    expect(chart).toHaveTextContent('ดำเนินการแล้ว 0 จาก 1 มาตรการ ช้ากว่าแผน 1 มาตรการ');
    expect(within(chart).getAllByRole('row')).toHaveLength(13);
    expect(document.querySelector('.unit-progress')).toContainElement(chart);
    await user.selectOptions(screen.getByRole('combobox', { name: 'ผู้รับผิดชอบ' }), 'all');
    expect(await screen.findByText('แสดง 9 จาก 9 มาตรการ')).toBeInTheDocument();
    // The section is there as soon as the list is, chart or not: its absence is not a slow chart.
    expect(document.querySelector('.unit-progress')).toBeNull();
  });

  it('draws no unit chart when no unit is chosen', async () => {
    await renderApp({ url: '/measures' });
    expect(await screen.findByText('แสดง 9 จาก 9 มาตรการ')).toBeInTheDocument();
    // The section is there as soon as the list is, chart or not: its absence is not a slow chart.
    expect(document.querySelector('.unit-progress')).toBeNull();
  });
});
