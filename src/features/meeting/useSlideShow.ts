import { useCallback, useEffect, useState } from 'react';

export interface SlideShow {
  index: number;
  paused: boolean;
  next: () => void;
  previous: () => void;
  go: (index: number) => void;
  togglePause: () => void;
  /** Changes whenever the slide's clock starts again: a key for the progress bar. */
  tick: number;
}

/**
 * Which slide shows, moving on by itself every `interval` seconds and looping. A presenter's
 * move starts the slide's clock again, so the slide they chose gets its full time.
 */
export function useSlideShow(count: number, intervalSeconds: number): SlideShow {
  const [state, setState] = useState({ index: 0, tick: 0 });
  const [paused, setPaused] = useState(false);
  // Every move starts from the slide on screen, which is the stored one clamped to the slides
  // there are now: the data may have shrunk under the screen (a measure finished).
  const move = useCallback(
    (to: (current: number) => number) =>
      setState((s) => {
        const wrap = (i: number) => (count === 0 ? 0 : ((i % count) + count) % count);
        return { index: wrap(to(Math.min(s.index, Math.max(count - 1, 0)))), tick: s.tick + 1 };
      }),
    [count],
  );
  const go = useCallback((index: number) => move(() => index), [move]);
  const next = useCallback(() => move((i) => i + 1), [move]);
  const previous = useCallback(() => move((i) => i - 1), [move]);
  useEffect(() => {
    if (paused || count < 2) return;
    const timer = window.setTimeout(next, intervalSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [paused, count, intervalSeconds, next, state.tick]);
  // The data may shrink under the screen (a measure finished): stay within the slides there are.
  const index = count === 0 ? 0 : Math.min(state.index, count - 1);
  return { index, paused, next, previous, go, togglePause: () => setPaused((p) => !p), tick: state.tick };
}
