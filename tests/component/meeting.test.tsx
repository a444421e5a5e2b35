import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { progress } from '../contract/storeContract';
import { seedData, seedStore } from '../support/seed';
import { renderApp } from './renderApp';

const heading = () => screen.getByRole('heading', { level: 2 });
const press = (key: string) => fireEvent.keyDown(window, { key });

describe('the meeting screen', () => {
  afterEach(() => vi.useRealTimers());

  it('opens on the year’s result, full screen with no navigation', async () => {
    await renderApp({ url: '/meeting' });
    expect(await screen.findByRole('heading', { level: 2, name: 'ผลการประเมิน ITA ปี 2565' })).toBeInTheDocument();
    expect(screen.getByText('93.95')).toBeInTheDocument();
    expect(screen.getByText('ระดับ A')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'เมนูหลัก' })).toBeNull();
    // result, instruments, 2 pages of indicators, health, late, gaps; no progress has been recorded.
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

  it('pages a long list over several slides', async () => {
    await renderApp({ url: '/meeting?slides=indicators' });
    expect(await screen.findByRole('heading', { level: 2, name: 'คะแนนรายตัวชี้วัด เทียบเกณฑ์ผ่าน 85 (1/2)' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    press(' ');
    expect(heading()).toHaveTextContent('(2/2)');
    expect(screen.getByText(/^10\. การป้องกันการทุจริต/)).toBeInTheDocument();
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
