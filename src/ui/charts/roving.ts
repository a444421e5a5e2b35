import type { KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One tab stop for a chart's points, with the arrow keys (and Home, End) moving between them:
 * each point is focusable and says its own value, without a dozen tab stops per chart. recharts'
 * own accessibility layer moves its tooltip but gives the screen reader nothing to say.
 * `layer` must be unique on the page (pass a useId).
 *
 * The first point renders with the tab stop; focus moves it in the DOM, not in state: a render
 * would have recharts draw its points afresh and the focus would fall back to the page. React
 * leaves an attribute alone while its prop does not change, so a later render keeps the move.
 */
export function useRovingPoints(layer: string, count: number) {
  const all = (from: Element) =>
    [...(from.closest('.chart-plot') ?? from.ownerDocument).querySelectorAll<HTMLElement | SVGElement>(`[data-roving="${CSS.escape(layer)}"]`)];
  const find = (from: Element, index: number) => all(from).find((el) => el.dataset.index === String(index));
  return (index: number) => ({
    tabIndex: index === 0 ? 0 : -1,
    'data-roving': layer,
    'data-index': index,
    onFocus: (event: { currentTarget: Element }) => {
      for (const el of all(event.currentTarget)) el.setAttribute('tabindex', el === event.currentTarget ? '0' : '-1');
    },
    onKeyDown: (event: KeyboardEvent<Element>) => {
      const next =
        event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : event.key in STEP ? Math.min(count - 1, Math.max(0, index + (STEP[event.key] ?? 0))) : null;
      if (next === null) return;
      event.preventDefault();
      find(event.currentTarget, next)?.focus();
    },
  });
}
