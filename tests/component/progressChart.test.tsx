import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { YearProgress } from '../../src/domain/yearProgress';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import ProgressChart from '../../src/ui/charts/ProgressChart';

// Fiscal 2567: ต.ค. 2566 to ก.ย. 2567, seen in มี.ค. 2567 (index 5); later months have no actuals.
const ORDER = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const EXPECTED = [0, 11.1, 11.1, 22.2, 22.2, 44.4, 44.4, 55.6, 66.7, 77.8, 88.9, 100];
const DONE = [0, 0, 11.1, 11.1, 22.2, 33.3];
const ON_TRACK = [22.2, 33.3, 33.3, 33.3, 33.3, 33.3];

function progressOf(change: Partial<YearProgress> = {}): YearProgress {
  return {
    fiscalYear: 2567,
    total: 9,
    current: 5,
    now: { done: 3, onTrack: 3, late: 2, notStarted: 1 },
    months: ORDER.map((month, i) => ({
      month,
      year: month >= 10 ? 2566 : 2567,
      expectedDone: EXPECTED[i] ?? 0,
      done: DONE[i] ?? null,
      onTrack: ON_TRACK[i] ?? null,
    })),
    ...change,
  };
}

function renderChart(
  progress: YearProgress,
  { variant, language = 'th', sized = true, fontSize, height = 320 }: { variant?: 'page' | 'meeting'; language?: Language; sized?: boolean; fontSize?: number; height?: number } = {},
) {
  return render(
    <I18nProvider language={language}>
      <ProgressChart progress={progress} variant={variant} headingId="progress-test" heading="ความคืบหน้า กองคลัง" size={sized ? { width: 800, height } : undefined} fontSize={fontSize} />
    </I18nProvider>,
  );
}

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the progress chart', () => {
  it('says the year in one sentence above the chart', () => {
    renderChart(progressOf());
    const region = screen.getByRole('region', { name: 'ความคืบหน้า กองคลัง' });
    expect(region).toHaveTextContent('ดำเนินการแล้ว 3 จาก 9 มาตรการ ช้ากว่าแผน 2 มาตรการ');
  });

  it('says so when nothing is behind, and when the year has no measures', () => {
    const { unmount } = renderChart(progressOf({ now: { done: 4, onTrack: 5, late: 0, notStarted: 0 } }));
    expect(screen.getByText('ดำเนินการแล้ว 4 จาก 9 มาตรการ ไม่มีมาตรการที่ช้ากว่าแผน')).toBeInTheDocument();
    unmount();
    renderChart(progressOf({ total: 0, now: { done: 0, onTrack: 0, late: 0, notStarted: 0 } }));
    expect(screen.getByText('ยังไม่มีมาตรการในปีงบประมาณนี้')).toBeInTheDocument();
  });

  it('gives the twelve months as a table, with a dash for the months still to come', () => {
    renderChart(progressOf());
    const table = screen.getByRole('table', { name: 'ความคืบหน้ารายเดือน ปีงบประมาณ พ.ศ. 2567 ร้อยละของ 9 มาตรการ' });
    const [head, ...rows] = within(table).getAllByRole('row');
    if (!head) throw new Error('no head row');
    expect(within(head).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['เดือน', 'ตามแผน', 'ดำเนินการแล้ว', 'ตามกำหนด']);
    expect(rows).toHaveLength(12);
    const named = rows.map((r) => within(r).getByRole('rowheader').textContent);
    expect(named[0]).toBe('ตุลาคม 2566');
    expect(named[11]).toBe('กันยายน 2567');
    expect(named[5]).toBe('มีนาคม 2567 (เดือนนี้)');
    expect(cellsOf(rows[5] as HTMLElement)).toEqual(['44%', '33%', '33%']);
    expect(cellsOf(rows[6] as HTMLElement)).toEqual(['44%', '–', '–']);
    expect(cellsOf(rows[11] as HTMLElement)).toEqual(['100%', '–', '–']);
  });

  it('marks this month on the chart with a label', () => {
    const { container } = renderChart(progressOf());
    const marker = [...container.querySelectorAll('svg text')].filter((t) => t.textContent === 'เดือนนี้');
    expect(marker).toHaveLength(1);
  });

  it('draws no marker when today is outside the year', () => {
    const { container } = renderChart(progressOf({ current: -1 }));
    expect([...container.querySelectorAll('svg text')].some((t) => t.textContent === 'เดือนนี้')).toBe(false);
  });

  it('takes keyboard focus month by month, each month saying its values', async () => {
    const user = userEvent.setup();
    renderChart(progressOf());
    const months = screen.getByRole('group', { name: 'ค่ารายเดือน ใช้ปุ่มลูกศรซ้ายขวาเพื่อเลื่อนเดือน' });
    const points = within(months).getAllByRole('img');
    expect(points).toHaveLength(12);
    // One stop in the tab order for the whole year.
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(points[5]).toHaveAccessibleName('มีนาคม 2567: ควรแล้วเสร็จตามแผนร้อยละ 44 ดำเนินการแล้วร้อยละ 33 ตามกำหนดร้อยละ 33 (เดือนนี้)');
    act(() => (points[5] as unknown as HTMLElement).focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(points[6]);
    expect(points[6]).toHaveAccessibleName('เมษายน 2567: ควรแล้วเสร็จตามแผนร้อยละ 44 ยังไม่ถึงเดือนนี้');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(points[0]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(points[0]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(points[11]);
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toEqual([points[11]]);
  });

  it('draws months in B.E. on the axis, the year where it starts and changes', () => {
    const { container } = renderChart(progressOf());
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    expect(ticks).toEqual(['ต.ค.66', 'พ.ย.', 'ธ.ค.', 'ม.ค.67', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']);
  });

  it('speaks English with C.E. months', async () => {
    renderChart(progressOf(), { language: 'en' });
    expect(await screen.findByText('3 of 9 measures done, 2 behind plan')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'March 2024 (this month)' })).toBeInTheDocument();
  });

  it('draws the meeting screen variant, light on dark, in large type', () => {
    const { container } = renderChart(progressOf(), { variant: 'meeting' });
    const region = screen.getByRole('region', { name: 'ความคืบหน้า กองคลัง' });
    expect(region).toHaveClass('meeting');
    expect(region).toHaveTextContent('ดำเนินการแล้ว 3 จาก 9 มาตรการ ช้ากว่าแผน 2 มาตรการ');
    const tick = container.querySelector('.recharts-yAxis-tick-labels text');
    expect(tick).toHaveAttribute('fill', '#F8FAFC');
    expect(tick).toHaveAttribute('font-size', '28');
  });

  it('is drawn at A4’s width while the page prints, and at its box’s again after', () => {
    const { container } = renderChart(progressOf(), { sized: false });
    const width = () => container.querySelector('svg.recharts-surface')?.getAttribute('width');
    // A4 less the app's print margins leaves about 600–624 px.
    expect(width()).not.toBe('600');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(width()).toBe('600');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(width()).not.toBe('600');
  });

  describe('on the meeting screen, laid out from its text size', () => {
    // Where the axes end: the x axis's line is its top, the y axis's its right edge.
    const axes = (container: HTMLElement) => ({
      xTop: Number(container.querySelector('.recharts-xAxis line.recharts-cartesian-axis-line')?.getAttribute('y1')),
      yRight: Number(container.querySelector('.recharts-yAxis line.recharts-cartesian-axis-line')?.getAttribute('x1')),
      tick: container.querySelector('.recharts-yAxis-tick-labels text')?.getAttribute('font-size'),
    });

    it.each([
      // 1280×720, 1920×1080 and 3840×2160: the month's two lines, "100%" and the marker get room.
      [26.7, 82, 93],
      [40, 116, 132],
      [80, 220, 252],
    ])('at %f px the x axis is %i high and the y axis %i wide', (fontSize, xAxisHeight, yAxisWidth) => {
      const { container } = renderChart(progressOf(), { variant: 'meeting', fontSize, height: 900 });
      const found = axes(container);
      expect(found.xTop).toBe(900 - 4 - xAxisHeight);
      expect(found.yRight).toBe(yAxisWidth);
      expect(found.tick).toBe(String(fontSize));
    });

    it('reads the size the style sheet gives its text when none is given', () => {
      const style = document.createElement('style');
      style.textContent = '.chart-plot text { font-size: 40px; }';
      document.head.append(style);
      try {
        const { container } = renderChart(progressOf(), { variant: 'meeting', height: 900 });
        expect(axes(container)).toEqual({ xTop: 900 - 4 - 116, yRight: 132, tick: '40' });
      } finally {
        style.remove();
      }
    });
  });
});
