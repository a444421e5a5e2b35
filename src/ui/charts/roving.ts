import { useState, type KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * One tab stop for a chart's points, with the arrow keys (and Home, End) moving between them:
 * each point is focusable and says its own value, without a dozen tab stops per chart. recharts'
 * own accessibility layer moves its tooltip but gives the screen reader nothing to say.
 * `layer` must be unique on the page (pass a useId).
 */
export function useRovingPoints(layer: string, count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  return (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    'data-roving': layer,
    'data-index': index,
    onFocus: () => setActive(index),
    onKeyDown: (event: KeyboardEvent<Element>) => {
      const next =
        event.key === 'Home' ? 0 : event.key === 'End' ? count - 1 : event.key in STEP ? Math.min(count - 1, Math.max(0, index + (STEP[event.key] ?? 0))) : null;
      if (next === null) return;
      event.preventDefault();
      const root = event.currentTarget.closest('.chart-plot') ?? event.currentTarget.ownerDocument;
      root.querySelector<HTMLElement | SVGElement>(`[data-roving="${CSS.escape(layer)}"][data-index="${next}"]`)?.focus();
    },
  });
}
