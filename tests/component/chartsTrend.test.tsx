import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, type Language } from '../../src/i18n/i18n';
import TrendChart, { type TrendChartProps } from '../../src/ui/charts/TrendChart';
import { ITA_2565 } from '../../src/domain/frameworks/ita2565';

// The 2565 framework's own bands, highest first, as the dashboard passes them.
const BANDS: TrendChartProps['bands'] = ITA_2565.levels;

const INSTRUMENTS = [
  { code: 'IIT', name: 'การรับรู้ภายใน' },
  { code: 'EIT', name: 'การรับรู้ภายนอก' },
  { code: 'OIT', name: 'การเปิดเผยข้อมูล' },
] as const;

const parts = (fiscalYear: number, iit: number, eit: number, oit: number) => ({
  fiscalYear,
  parts: [
    { code: 'IIT' as const, points: iit, weight: 30 },
    { code: 'EIT' as const, points: eit, weight: 30 },
    { code: 'OIT' as const, points: oit, weight: 40 },
  ],
});

function renderTrend(change: Partial<TrendChartProps> = {}, language: Language = 'th') {
  return render(
    <I18nProvider language={language}>
      <TrendChart
        headingId="trend-test"
        heading="ผลการประเมินย้อนหลัง"
        years={[
          { fiscalYear: 2564, total: 88.1, level: 'A' },
          { fiscalYear: 2565, total: 93.94, level: 'A' },
        ]}
        contributions={[parts(2564, 27, 25.1, 36), parts(2565, 28.2, 26.99, 38.75)]}
        instruments={INSTRUMENTS}
        bands={BANDS}
        passMark={85}
        size={{ width: 720, height: 320 }}
        {...change}
      />
    </I18nProvider>,
  );
}

describe('the trend chart', () => {
  it('says in one sentence how the newest year compares with the one before', () => {
    renderTrend();
    const region = screen.getByRole('region', { name: 'ผลการประเมินย้อนหลัง' });
    expect(region).toHaveTextContent('คะแนนรวมปี 2565 ได้ 93.94 คะแนน (ระดับ A) เพิ่มขึ้น 5.84 คะแนนจากปี 2564');
  });

  it('draws a point per year that takes focus and says its total, the arrows moving between years', async () => {
    renderTrend();
    const first = screen.getByRole('img', { name: 'ปี 2564: คะแนนรวม 88.10 ระดับ A' });
    const second = screen.getByRole('img', { name: 'ปี 2565: คะแนนรวม 93.94 ระดับ A' });
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(second).toHaveFocus();
    expect(screen.getByRole('img', { name: 'ปี 2565: IIT การรับรู้ภายใน 28.20 คะแนน' })).toBeInTheDocument();
    expect(screen.getByText('เกณฑ์ผ่าน 85.00', { selector: 'li' })).toBeInTheDocument();
  });

  it('steps over years without a total, the tab stop on the first year that has one', async () => {
    renderTrend({
      years: [
        { fiscalYear: 2563, total: null, level: null },
        { fiscalYear: 2564, total: 88.1, level: 'A' },
        { fiscalYear: 2565, total: null, level: null },
        { fiscalYear: 2566, total: 93.94, level: 'A' },
        { fiscalYear: 2567, total: null, level: null },
      ],
      contributions: [parts(2564, 27, 25.1, 36), parts(2566, 28.2, 26.99, 38.75)],
    });
    const first = screen.getByRole('img', { name: 'ปี 2564: คะแนนรวม 88.10 ระดับ A' });
    const last = screen.getByRole('img', { name: 'ปี 2566: คะแนนรวม 93.94 ระดับ A' });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(last).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(last).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(first).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(last).toHaveFocus();
  });

  it('with one year says a trend needs two and draws no line', () => {
    renderTrend({ years: [{ fiscalYear: 2565, total: 93.94, level: 'A' }], contributions: [parts(2565, 28.2, 26.99, 38.75)] });
    expect(screen.getByText('มีผลการประเมินเพียงปีเดียว (พ.ศ. 2565) ต้องมีผลอย่างน้อยสองปีจึงจะเห็นแนวโน้ม')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /คะแนนรวม/ })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'ปี 2565: OIT การเปิดเผยข้อมูล 38.75 คะแนน' })).toBeInTheDocument();
  });

  it('gives its data as a table, shown on request', async () => {
    renderTrend();
    const table = screen.getByRole('table', { name: 'คะแนนรวม ระดับ และคะแนนที่ได้จากแต่ละเครื่องมือ รายปีงบประมาณ' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['256488.10A27.0025.1036.00', '256593.94A28.2026.9938.75']);
    const toggle = screen.getByRole('button', { name: 'แสดงข้อมูลเป็นตาราง' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'ซ่อนตาราง' })).toHaveAttribute('aria-expanded', 'true');
    expect(table.parentElement).not.toHaveClass('visually-hidden');
  });

  it('redraws at the printed page\'s width within the beforeprint event itself', () => {
    const { container } = renderTrend({ size: undefined });
    // No act: the browser lays the print out as soon as the event's handlers return.
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('width', '600');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  it('in the meeting lays its axes and band labels out for the text size it is drawn at', async () => {
    const { container } = renderTrend({ variant: 'meeting', fontSize: 40, size: { width: 1600, height: 800 } });
    await screen.findAllByRole('img', { name: /คะแนนรวม/ });
    const lines = [...container.querySelectorAll('.recharts-cartesian-grid-horizontal line')];
    expect(lines.length).toBeGreaterThan(0);
    // "100" at 40 px needs about 2 em left of the plot; "AA ≥ 95" about 150 px right of it.
    expect(Number(lines[0]?.getAttribute('x1'))).toBeGreaterThanOrEqual(80);
    expect(1600 - Number(lines[0]?.getAttribute('x2'))).toBeGreaterThanOrEqual(150);
  });

  it('speaks English in English', async () => {
    renderTrend({}, 'en');
    expect(await screen.findByText('The total for 2565 is 93.94 (level A), up 5.84 points from 2564')).toBeInTheDocument();
  });
});
