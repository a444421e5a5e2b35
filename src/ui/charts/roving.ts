import type { KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One tab stop for a chart's points, with the arrow keys (and Home, End) moving between them:
 * each point is focusable and says its own value, without a dozen tab stops per chart. recharts'
 * own accessibility layer moves its tooltip but gives the screen reader nothing to say.
 * `layer` must be unique on the page (pass a useId). `exists` says which indices are drawn (a
 * year without a total has no point): the tab stop starts on the first drawn one, and the keys
 * step over the rest, moving among the points in the page in their order.
 *
 * The first point renders with the tab stop; focus moves it in the DOM, not in state: a render
 * would have recharts draw its points afresh and the focus would fall back to the page. React
 * leaves an attribute alone while its prop does not change, so a later render keeps the move.
 */
export function useRovingPoints(layer: string, count: number, exists: (index: number) => boolean = () => true) {
  const all = (from: Element) =>
    [...(from.closest('.chart-plot') ?? from.ownerDocument).querySelectorAll<HTMLElement | SVGElement>(`[data-roving="${CSS.escape(layer)}"]`)].sort(
      (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
    );
  let first = 0;
  while (first < count - 1 && !exists(first)) first += 1;
  return (index: number) => ({
    tabIndex: index === first ? 0 : -1,
    'data-roving': layer,
    'data-index': index,
    onFocus: (event: { currentTarget: Element }) => {
      for (const el of all(event.currentTarget)) el.setAttribute('tabindex', el === event.currentTarget ? '0' : '-1');
    },
    onKeyDown: (event: KeyboardEvent<Element>) => {
      const points = all(event.currentTarget);
      const at = points.findIndex((el) => el.dataset.index === String(index));
      const last = points.length - 1;
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key in STEP ? Math.min(last, Math.max(0, at + (STEP[event.key] ?? 0))) : null;
      if (next === null) return;
      event.preventDefault();
      points[next]?.focus();
    },
  });
}
