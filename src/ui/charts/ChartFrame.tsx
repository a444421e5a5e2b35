import { useId, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { chartMessages } from './messages';
import './charts.css';

export interface ChartTable {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
}

export interface ChartFrameProps {
  headingId: string;
  heading: string;
  level?: 2 | 3;
  /** One sentence in words, shown above the chart: what a reader should take from it. */
  takeaway: string;
  /** The chart's data: always in the page for screen readers, on screen when asked for. */
  table: ChartTable;
  legend?: ReactNode;
  variant?: 'page' | 'meeting';
  children: ReactNode;
}

/** What every chart has around it: a heading, its takeaway, a legend, and its data as a table. */
export function ChartFrame({ headingId, heading, level = 2, takeaway, table, legend, variant = 'page', children }: ChartFrameProps) {
  const { t } = useMessages(chartMessages);
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className={variant === 'meeting' ? 'chart-card meeting' : 'chart-card'}>
      <Heading id={headingId}>{heading}</Heading>
      <p className="chart-takeaway">{takeaway}</p>
      {legend}
      {/* The drawn chart; its points take focus and say their values (useRovingPoints). */}
      <div className="chart-plot">{children}</div>
      {variant === 'page' && (
        <button type="button" className="small-button chart-table-toggle" aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown((v) => !v)}>
          {tableShown ? t('charts.hideTable') : t('charts.showTable')}
        </button>
      )}
      <div id={tableId} className={tableShown ? 'table-scroll chart-table' : 'visually-hidden chart-table'}>
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
