import { Link } from 'react-router';
import type { YearResult } from '../../../domain/trend';
import { useMessages } from '../../../i18n/featureMessages';
import { formatScore } from '../../../i18n/numbers';
import { messages } from './messages';
import { useLangLink } from '../../../i18n/langLink';

/** Year by year, as a table whose total cells carry a bar: the table is the chart's text. */
export function TrendSection({ trend, year }: { trend: YearResult[]; year: number }) {
  const { t, locale } = useMessages(messages);
  const withLang = useLangLink();
  if (trend.length < 2) return null;
  const score = (n: number) => formatScore(n, locale);
  return (
    <section aria-labelledby="trend-heading" className="card trend">
      <h2 id="trend-heading">{t('trend.heading')}</h2>
      <div className="table-scroll">
        <table className="trend-table">
          <caption className="visually-hidden">{t('trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.col.year')}</th>
              <th scope="col">{t('trend.col.total')}</th>
              <th scope="col">{t('trend.col.level')}</th>
              <th scope="col" className="num">
                {t('trend.col.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.map((r) => (
              <tr key={r.fiscalYear} aria-current={r.fiscalYear === year ? 'true' : undefined}>
                <th scope="row">
                  <Link to={withLang(`/?year=${r.fiscalYear}`)}>{r.fiscalYear}</Link>
                </th>
                <td>
                  <span className="trend-figure">
                    {r.total === null ? t('trend.none') : score(r.total)}
                    {r.basis === 'computed' && <span className="hint"> {t('trend.computed')}</span>}
                  </span>
                  <span className="trend-bar" aria-hidden="true">
                    <span style={{ width: `${r.total ?? 0}%` }} />
                  </span>
                </td>
                <td>{r.level ?? t('trend.none')}</td>
                <td className="num">{r.change === null ? t('trend.none') : `${r.change > 0 ? '+' : r.change < 0 ? '−' : '±'}${score(Math.abs(r.change))}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
