import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { progress } from '../contract/storeContract';
import { StoreError } from '../../src/data/storeError';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const heading = () => screen.getByRole('heading', { level: 2 });
const press = (key: string) => fireEvent.keyDown(window, { key });

/** The seed with fiscal year 2566 just started: no scores and no measures of its own yet. */
function withNewYear() {
  const data = seedData();
  const [last] = data.assessments.filter((a) => a.fiscalYear === 2565);
  if (!last) throw new Error('the seed has no 2565');
  data.assessments.push({ ...last, id: 'asm-2566', fiscalYear: 2566, reportedTotal: null, reportedLevel: null, reportedPassCount: null, indicatorScores: [], oItemResults: [], subIssueNotes: [], recommendations: [], summaries: [] });
  return data;
}

describe('the meeting screen', () => {
  afterEach(() => vi.useRealTimers());

  it('opens on the year’s result, full screen with no navigation', async () => {
    await renderApp({ url: '/meeting' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    expect(screen.getByText('93.95')).toBeInTheDocument();
    expect(screen.getByText('ระดับ A')).toBeInTheDocument();
    expect(screen.getByText('ตัวชี้วัดผ่านเกณฑ์ 85.00 คะแนน')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'เมนูหลัก' })).toBeNull();
    // result, instruments, indicators, the year's progress, health, late, gaps; one year has no
    // trend, and no progress has been recorded since the last meeting.
    expect(screen.getByText('หน้า 1 จาก 7')).toBeInTheDocument();
  });

  it('shows the slides the URL asks for, in its order, and a presenter moves through them by key', async () => {
    await renderApp({ url: '/meeting?slides=health,result' });
    expect(await screen.findByRole('heading', { level: 2, name: 'สถานะมาตรการ 9 มาตรการ' })).toBeInTheDocument();
    press('ArrowRight');
    expect(heading()).toHaveTextContent('ผลการประเมิน ITA ปี 2565');
    expect(screen.getByText('หน้า 2 จาก 2')).toBeInTheDocument();
    press('PageDown');
    expect(heading()).toHaveTextContent('สถานะมาตรการ');
    press('PageUp');
    expect(heading()).toHaveTextContent('ผลการประเมิน');
    press('Home');
    expect(heading()).toHaveTextContent('สถานะมาตรการ');
    press('2');
    expect(heading()).toHaveTextContent('ผลการประเมิน');
    press('9');
    expect(heading()).toHaveTextContent('ผลการประเมิน');
    press('End');
    expect(screen.getByText('หน้า 2 จาก 2')).toBeInTheDocument();
    press('p');
    expect(screen.getByRole('button', { name: 'เล่นต่อ' })).toBeInTheDocument();
    expect(screen.getByText(/หยุดชั่วคราว/)).toBeInTheDocument();
  });

  it('leaves the arrows, Home and End to a control on the slide that takes them itself', async () => {
    await renderApp({ url: '/meeting?slides=result,health' });
    const result = await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' });
    // As a chart's roving focus does: the element's handler runs first and claims the key.
    const point = document.createElement('button');
    point.addEventListener('keydown', (e) => e.preventDefault());
    result.after(point);
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) {
      fireEvent.keyDown(point, { key });
      expect(screen.getByText('หน้า 1 จาก 2')).toBeInTheDocument();
    }
    fireEvent.keyDown(result, { key: 'ArrowRight' });
    expect(screen.getByText('หน้า 2 จาก 2')).toBeInTheDocument();
  });

  it('draws all ten indicators as one chart, with a legend for the pass mark, the agency’s mark and the standings', async () => {
    await renderApp({ url: '/meeting?slides=indicators' });
    expect(await screen.findByRole('heading', { level: 2, name: 'คะแนนรายตัวชี้วัด ปี 2565' })).toBeInTheDocument();
    expect(screen.getByText('หน้า 1 จาก 1')).toBeInTheDocument();
    const chart = screen.getByRole('figure', { name: 'คะแนนของตัวชี้วัด 10 ตัว เทียบเกณฑ์ผ่าน 85.00 และเป้าหมายของหน่วยงาน 90.00' });
    const rows = within(chart).getAllByRole('listitem');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent(/^1\. การปฏิบัติหน้าที่/);
    expect(rows[9]).toHaveTextContent(/^10\. การป้องกันการทุจริต/);
    // Each bar is scored, its standing said in words as well as by its mark.
    for (const row of rows) expect(row).toHaveTextContent(/\d+\.\d\d (ถึงเป้าหมาย|ผ่านเกณฑ์ ยังไม่ถึงเป้าหมาย|ไม่ผ่านเกณฑ์)$/);
    const legend = chart.querySelector('figcaption');
    // The marks written as the dashboard writes them.
    expect(legend).toHaveTextContent(/เกณฑ์ผ่าน 85\.00(?!\d)/);
    expect(legend).toHaveTextContent(/เป้าหมายของหน่วยงาน 90\.00(?!\d)/);
    expect(legend).toHaveTextContent('✓ ถึงเป้าหมาย');
    expect(legend).toHaveTextContent('! ผ่านเกณฑ์ ยังไม่ถึงเป้าหมาย');
    expect(legend).toHaveTextContent('✕ ไม่ผ่านเกณฑ์');
  });

  it('writes days late as the dashboard does, with a thousands separator', async () => {
    const data = seedData();
    // A measure that should have ended long ago: over a thousand days late by any test's clock.
    data.measures = data.measures.map((m, i) => (i === 0 ? { ...m, timeframe: { ...m.timeframe, raw: 'ต.ค. 2560', start: { year: 2560, month: 10 }, end: { year: 2560, month: 10 } } } : m));
    await renderApp({ store: await seedStore(data), url: '/meeting?slides=late' });
    expect(await screen.findByRole('heading', { level: 2, name: /^มาตรการที่ล่าช้าหรือเสี่ยง/ })).toBeInTheDocument();
    expect(screen.getAllByText(/^⚠ เลยกำหนด \d{1,3}(,\d{3})+ วัน$/).length).toBeGreaterThan(0);
  });

  it('in English, counts days with a plural and marks the Thai titles and units as Thai', async () => {
    await renderApp({ url: '/meeting?slides=late&lang=en' });
    expect(await screen.findByRole('heading', { level: 2, name: /^Measures late or at risk/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getAllByText(/^⚠ (1 day|[\d,]+ days) late$/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/^⚠ 1 days late$/)).toBeNull();
    expect(screen.getByText('การสร้างมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง')).toHaveAttribute('lang', 'th');
    expect(screen.getByText('กองคลัง')).toHaveAttribute('lang', 'th');
  });

  it('in English, names the one unit shown as Thai data in the footer', async () => {
    await renderApp({ url: '/meeting?slides=health&unit=unit-finance&lang=en' });
    const unit = await screen.findByText('กองคลัง', {}, { timeout: 5000 });
    expect(unit).toHaveAttribute('lang', 'th');
    expect(unit.parentElement).toHaveTextContent(/^กองคลัง only · Data as of/);
  });

  it('follows the measures still running from earlier years while a new year has none, each labelled with its year', async () => {
    const data = withNewYear();
    await renderApp({ store: await seedStore(data), url: '/meeting?slides=result,health,late' });
    // The scores are the newest result's; the measures those still running.
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    press('ArrowRight');
    expect(await screen.findByRole('heading', { level: 2, name: 'มาตรการจากปี 2565 ที่ยังไม่เสร็จ 9 มาตรการ' })).toBeInTheDocument();
    expect(screen.getByText('ปี 2566 ยังไม่มีมาตรการ: ติดตามมาตรการที่ยังไม่เสร็จจากปีก่อน')).toBeInTheDocument();
    press('ArrowRight');
    expect(heading()).toHaveTextContent(/^มาตรการที่ล่าช้าหรือเสี่ยง/);
    for (const row of screen.getAllByRole('listitem')) expect(within(row).getByText('ปี 2565')).toBeInTheDocument();
  });

  it('draws the year’s course of the measures being followed while a new year has none of its own', async () => {
    await renderApp({ store: await seedStore(withNewYear()), url: '/meeting?slides=year-progress,health' });
    // 2565's measures run in fiscal 2566: the chart is theirs, all of them, done ones too.
    expect(await screen.findByRole('heading', { level: 2, name: 'ความคืบหน้าตลอดปีงบประมาณ 2566 (มาตรการจากผลประเมินปี 2565)' })).toBeInTheDocument();
    expect(screen.getByText('หน้า 1 จาก 2')).toBeInTheDocument();
  });

  it('names the years of one unit’s running measures only, as it counts them', async () => {
    const data = withNewYear();
    const [last] = data.assessments.filter((a) => a.fiscalYear === 2565);
    const other = data.measures.find((m) => !m.unitIds.includes('unit-finance'));
    if (!last || !other) throw new Error('the seed has changed');
    // Another unit's measure still open from 2564: not the finance unit's business.
    data.assessments.push({ ...last, id: 'asm-2564', fiscalYear: 2564 });
    data.measures.push({ ...other, id: 'msr-2564-open', assessmentId: 'asm-2564' });
    await renderApp({ store: await seedStore(data), url: '/meeting?slides=health&unit=unit-finance' });
    expect(await screen.findByRole('heading', { level: 2, name: 'มาตรการจากปี 2565 ที่ยังไม่เสร็จ 1 มาตรการ' })).toBeInTheDocument();
  });

  it('takes the measures’ year from the URL, and names one the data does not have', async () => {
    const data = withNewYear();
    const store = await seedStore(data);
    await renderApp({ store, url: '/meeting?slides=health&measures=2565' });
    // 2565's own measures: no year labels, no note.
    expect(await screen.findByRole('heading', { level: 2, name: 'สถานะมาตรการ 9 มาตรการ' })).toBeInTheDocument();
    expect(screen.queryByText(/ยังไม่มีมาตรการ/)).toBeNull();
  });

  it('names a measures’ year the data does not have, and follows the newest', async () => {
    await renderApp({ url: '/meeting?slides=health&measures=2570' });
    expect(await screen.findByRole('heading', { level: 2, name: 'สถานะมาตรการ 9 มาตรการ' })).toBeInTheDocument();
    expect(screen.getByText('ไม่ใช้ค่าที่อ่านไม่ได้ใน URL: measures=2570')).toBeInTheDocument();
  });

  it('moves on by itself after the interval, loops, and stays put while paused', async () => {
    await renderApp({ url: '/meeting?interval=5&slides=result,health' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    // The browser database runs on real timers; the slide clock, started again by Home, on fake ones.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    press('Home');
    act(() => vi.advanceTimersByTime(5000));
    expect(heading()).toHaveTextContent('สถานะมาตรการ');
    act(() => vi.advanceTimersByTime(5000));
    expect(heading()).toHaveTextContent('ผลการประเมิน');
    press('k');
    act(() => vi.advanceTimersByTime(30000));
    expect(heading()).toHaveTextContent('ผลการประเมิน');
  });

  it('lists the progress reported since the last meeting, with unit and date', async () => {
    const store = await seedStore();
    await store.appendProgress('msr-plan-2', progress({ date: '2026-10-20', percent: 60 }));
    await store.appendProgress('msr-plan-1', progress({ date: '2026-09-01', percent: 10 }));
    await renderApp({ store, url: '/meeting?slides=progress&since=2026-10-13' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ความคืบหน้าที่รายงานตั้งแต่ 13 ตุลาคม 2569' })).toBeInTheDocument();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม');
    expect(rows[0]).toHaveTextContent('60% · กำลังดำเนินการ');
    expect(rows[0]).toHaveTextContent('สำนักปลัดเทศบาล · 20 ต.ค. 2569');
  });

  it('reports a measure finished since the last meeting while a new year follows the ones still running', async () => {
    const store = await seedStore(withNewYear());
    await store.appendProgress('msr-plan-2', progress({ date: '2026-10-20', status: 'done', percent: 100 }));
    await store.appendProgress('msr-plan-1', progress({ date: '2026-10-21', percent: 60 }));
    await renderApp({ store, url: '/meeting?slides=progress&since=2026-10-13' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ความคืบหน้าที่รายงานตั้งแต่ 13 ตุลาคม 2569' })).toBeInTheDocument();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('การสร้างฐานความคิดการแยกแยะประโยชน์ส่วนตัวและประโยชน์ส่วนรวม');
    expect(rows[1]).toHaveTextContent('100% · เสร็จแล้ว');
    for (const row of rows) expect(within(row).getByText('ปี 2565')).toBeInTheDocument();
  });

  it('shows one unit’s measures when the URL names a unit', async () => {
    await renderApp({ url: '/meeting?slides=health,late&unit=unit-finance' });
    expect(await screen.findByRole('heading', { level: 2, name: 'สถานะมาตรการ 1 มาตรการ' })).toBeInTheDocument();
    expect(screen.getByText(/^เฉพาะ กองคลัง/)).toBeInTheDocument();
  });

  it('names a URL value it could not use instead of going blank', async () => {
    await renderApp({ url: '/meeting?interval=1&slides=result' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    expect(screen.getByText('ไม่ใช้ค่าที่อ่านไม่ได้ใน URL: interval=1')).toBeInTheDocument();
  });

  it('names a year the data does not have, and shows the newest instead', async () => {
    await renderApp({ url: '/meeting?slides=result&year=2570' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    expect(screen.getByText('ไม่ใช้ค่าที่อ่านไม่ได้ใน URL: year=2570')).toBeInTheDocument();
  });

  it('says in large type that nothing could be read, rather than going blank', async () => {
    const store = await seedStore();
    store.listMeasures = () => Promise.reject(new Error('เครือข่ายขัดข้อง'));
    await renderApp({ store, url: '/meeting' });
    expect(await screen.findByText('ยังอ่านข้อมูลไม่ได้ (เครือข่ายขัดข้อง) จะลองใหม่ทุกนาที')).toBeInTheDocument();
  });

  it('shows no indicator slides for a year whose framework is missing', async () => {
    const data = seedData();
    data.frameworks = data.frameworks.filter((f) => f.fiscalYear !== 2565);
    await renderApp({ store: await seedStore(data), url: '/meeting?slides=indicators,health' });
    expect(await screen.findByRole('heading', { level: 2, name: 'สถานะมาตรการ 9 มาตรการ' })).toBeInTheDocument();
    expect(screen.getByText('หน้า 1 จาก 1')).toBeInTheDocument();
  });

  it('reads its data again every minute, while the slides keep moving', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const store = await seedStore();
    const reads = vi.spyOn(store, 'listAssessments');
    await renderApp({ store, url: '/meeting?slides=result,health&interval=5' });
    expect(await screen.findByText('93.95')).toBeInTheDocument();
    const before = reads.mock.calls.length;
    // A presenter's key half-way through the minute redraws the screen; the minute still holds.
    act(() => vi.advanceTimersByTime(30_000));
    press('ArrowRight');
    act(() => vi.advanceTimersByTime(30_000));
    await waitFor(() => expect(reads.mock.calls.length).toBeGreaterThan(before));
  });

  it('says the data is stale when the year’s course cannot be read, and shows the rest', async () => {
    const store = await seedStore();
    store.listYearProgress = () => Promise.reject(new Error('เครือข่ายขัดข้อง'));
    await renderApp({ store, url: '/meeting?slides=result,year-progress' });
    expect(await screen.findByText('93.95')).toBeInTheDocument();
    expect(await screen.findByText(/^อ่านข้อมูลล่าสุดไม่ได้ กำลังแสดงข้อมูล ณ/)).toBeInTheDocument();
    // Its slide is left out; the others stay.
    expect(screen.getByText('หน้า 1 จาก 1')).toBeInTheDocument();
  });

  it('keeps showing the last data it read when a refresh fails, and says so', async () => {
    const store = await seedStore();
    await renderApp({ store, url: '/meeting?slides=result' });
    expect(await screen.findByText('93.95')).toBeInTheDocument();
    store.listAssessments = () => Promise.reject(new Error('เครือข่ายขัดข้อง'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByText(/^อ่านข้อมูลล่าสุดไม่ได้ กำลังแสดงข้อมูล ณ/)).toBeInTheDocument();
    expect(screen.getByText('93.95')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the meeting screen when nothing can be read', () => {
  it('words the store’s failure in the reader’s language, not the store’s Thai', async () => {
    const store = await seedStore();
    store.listAssessments = () => Promise.reject(new StoreError({ kind: 'storage', reason: 'unreadable' }, 'อ่านข้อมูลในเบราว์เซอร์ไม่ได้'));
    await renderApp({ store, url: '/meeting?lang=en' });
    const message = await screen.findByText(/^The data cannot be read yet/);
    expect(message).toHaveTextContent('The data cannot be read yet (The data stored in this browser cannot be read); trying again every minute');
    expect(message.textContent).not.toMatch(/[\u0E00-\u0E7F]/u);
  });
});
