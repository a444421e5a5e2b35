import { lazy, StrictMode, type ReactNode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../src/i18n/i18n';
import { ChartFrame } from '../../src/ui/charts/ChartFrame';
import { WhenNear } from '../../src/ui/charts/WhenNear';
import { retryableLazy } from '../../src/ui/charts/lazyCharts';

const TABLE = { caption: 'คะแนนรายปี', head: ['ปี', 'คะแนน'], rows: [{ key: '2565', cells: ['2565', '93.95'] }] };

describe('the chart frame', () => {
  it('heads the chart, says its takeaway above it, and keeps its data as a table a button shows', async () => {
    render(
      <I18nProvider language="th">
        <ChartFrame headingId="f-test" heading="ผลย้อนหลัง" level={3} takeaway="คะแนนเพิ่มขึ้นทุกปี" table={TABLE}>
          <svg data-testid="plot" />
        </ChartFrame>
      </I18nProvider>,
    );
    const region = screen.getByRole('region', { name: 'ผลย้อนหลัง' });
    expect(within(region).getByRole('heading', { level: 3, name: 'ผลย้อนหลัง' })).toBeInTheDocument();
    const takeaway = within(region).getByText('คะแนนเพิ่มขึ้นทุกปี');
    // The takeaway comes before the drawn chart in reading order.
    expect(takeaway.compareDocumentPosition(screen.getByTestId('plot')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const table = within(region).getByRole('table', { name: 'คะแนนรายปี' });
    expect(within(table).getByRole('rowheader', { name: '2565' })).toBeInTheDocument();
    expect(table.parentElement).toHaveClass('visually-hidden');
    await userEvent.click(within(region).getByRole('button', { name: 'แสดงข้อมูลเป็นตาราง' }));
    expect(table.parentElement).not.toHaveClass('visually-hidden');
    await userEvent.click(within(region).getByRole('button', { name: 'ซ่อนตาราง' }));
    expect(table.parentElement).toHaveClass('visually-hidden');
  });
});

/** An IntersectionObserver whose places all come near the screen when `reach` is called. */
function stubNearness() {
  const callbacks: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return { reach: () => callbacks.forEach((f) => f([{ isIntersecting: true }])) };
}

describe('WhenNear', () => {
  it('draws one chart at a time: the second waits until the first has been drawn', async () => {
    let resolveFirst: (value: { default: () => ReactNode }) => void = () => {};
    const First = lazy(() => new Promise<{ default: () => ReactNode }>((resolve) => (resolveFirst = resolve)));
    const near = stubNearness();
    render(
      <>
        <WhenNear minHeight={100}>
          <First />
        </WhenNear>
        <WhenNear minHeight={100}>
          <p>กราฟที่สอง</p>
        </WhenNear>
      </>,
    );
    act(() => near.reach());
    // The first chart's chunk has not come: once every pending promise has run, the second is
    // still held back (only the first's drawing, or its 3 s limit, lets it go).
    await act(async () => {});
    await act(async () => {});
    expect(screen.queryByText('กราฟที่สอง')).not.toBeInTheDocument();
    act(() => resolveFirst({ default: () => <p>กราฟแรก</p> }));
    expect(await screen.findByText('กราฟแรก')).toBeInTheDocument();
    expect(await screen.findByText('กราฟที่สอง')).toBeInTheDocument();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('renders nothing until its place comes near the viewport, holding the height meanwhile', async () => {
    let report: ((entries: { isIntersecting: boolean }[]) => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(
      <WhenNear minHeight={300}>
        <p>กราฟ</p>
      </WhenNear>,
    );
    expect(screen.queryByText('กราฟ')).not.toBeInTheDocument();
    expect(container.firstElementChild).toHaveStyle({ minHeight: '300px' });
    act(() => report?.([{ isIntersecting: false }]));
    expect(screen.queryByText('กราฟ')).not.toBeInTheDocument();
    act(() => report?.([{ isIntersecting: true }]));
    expect(await screen.findByText('กราฟ')).toBeInTheDocument();
  });

  it('stays unloaded on idle, far from the viewport, and draws at once for printing', async () => {
    stubNearness();
    render(
      <WhenNear minHeight="20rem">
        <p>กราฟ</p>
      </WhenNear>,
    );
    // Idle time passes with nothing drawn: the charts' cost waits for a reader to come near.
    await act(async () => {});
    expect(screen.queryByText('กราฟ')).not.toBeInTheDocument();
    act(() => window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('กราฟ')).toBeInTheDocument();
  });

  it('keeps a chart whose chunk fails to load in its own place, with a retry that loads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let online = false;
    const Chart = retryableLazy<object>(() =>
      online ? Promise.resolve({ default: () => <p>กราฟแรก</p> }) : Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    render(
      <I18nProvider language="th">
        <p>ส่วนอื่นของหน้า</p>
        <WhenNear minHeight={100}>
          <Chart />
        </WhenNear>
        <WhenNear minHeight={100}>
          <p>กราฟที่สอง</p>
        </WhenNear>
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('โหลดกราฟไม่สำเร็จ');
    expect(screen.getByText('ส่วนอื่นของหน้า')).toBeInTheDocument();
    // The failed chart gives its turn up at once, well before the 3 s limit.
    expect(await screen.findByText('กราฟที่สอง', {}, { timeout: 1000 })).toBeInTheDocument();
    online = true;
    await userEvent.click(within(alert).getByRole('button', { name: 'โหลดกราฟอีกครั้ง' }));
    expect(await screen.findByText('กราฟแรก')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('under StrictMode leaves no turn behind to hold the charts back', async () => {
    const near = stubNearness();
    render(
      <StrictMode>
        <WhenNear minHeight={100}>
          <p>กราฟแรก</p>
        </WhenNear>
        <WhenNear minHeight={100}>
          <p>กราฟที่สอง</p>
        </WhenNear>
      </StrictMode>,
    );
    act(() => near.reach());
    // An orphan turn from a discarded render would hold them for its 3 s limit.
    expect(await screen.findByText('กราฟแรก', {}, { timeout: 1000 })).toBeInTheDocument();
    expect(await screen.findByText('กราฟที่สอง', {}, { timeout: 1000 })).toBeInTheDocument();
  });
});
