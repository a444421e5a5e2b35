import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { MeasureCard } from './MeasureCard';
import type { MeasureRow } from './measureFilters';
import { messages } from './messages';

/** Cards put on screen at a time: a provincial organisation's year can hold hundreds. */
export const MEASURES_PAGE = 50;

/**
 * The measures found, a page at a time. `view` names the search and filters: a new view starts
 * again at one page, while fresh data for the same view keeps what the reader has opened.
 */
export function MeasureList({
  rows,
  total,
  view,
  from = '',
  children,
}: {
  rows: MeasureRow[];
  total: number;
  view: string;
  /** The list's query without the language, so a measure links back to this very view. */
  from?: string;
  /** Said beside the count: the filters in use. */
  children?: ReactNode;
}) {
  const { t } = useMessages(messages);
  const [paging, setPaging] = useState({ view, limit: MEASURES_PAGE, focusFrom: -1 });
  const list = useRef<HTMLUListElement>(null);
  const current = paging.view === view ? paging : { view, limit: MEASURES_PAGE, focusFrom: -1 };
  if (current !== paging) setPaging(current);

  // Keyboard and screen-reader users go on from the first card just added, not the page top.
  useEffect(() => {
    if (current.focusFrom < 0) return;
    list.current?.children[current.focusFrom]?.querySelector<HTMLElement>('h2 a')?.focus();
  }, [current.focusFrom]);

  const shown = rows.slice(0, current.limit);
  const rest = rows.length - shown.length;
  const showMore = (limit: number) => setPaging({ view, limit, focusFrom: shown.length });
  return (
    <>
      <p role="status" className="count">
        {rest > 0
          ? t('measures.countPaged', { found: rows.length, total, shown: shown.length })
          : t('measures.count', { shown: rows.length, total })}
      </p>
      {children}
      {rows.length === 0 ? (
        <p className="card">{t('measures.none')}</p>
      ) : (
        <ul className="measure-list" ref={list}>
          {shown.map((row) => (
            <MeasureCard key={row.measure.id} row={row} from={from} />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <div className="actions more-measures">
          <button type="button" onClick={() => showMore(current.limit + MEASURES_PAGE)}>
            {t('measures.showMore', { count: Math.min(rest, MEASURES_PAGE) })}
          </button>
          {rest > MEASURES_PAGE && (
            <button type="button" onClick={() => showMore(rows.length)}>
              {t('measures.showAll', { count: rows.length })}
            </button>
          )}
        </div>
      )}
    </>
  );
}
