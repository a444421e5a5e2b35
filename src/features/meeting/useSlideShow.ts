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
  const go = useCallback(
    (index: number) => setState((s) => ({ index: count === 0 ? 0 : ((index % count) + count) % count, tick: s.tick + 1 })),
    [count],
  );
  const next = useCallback(() => setState((s) => ({ index: count === 0 ? 0 : (s.index + 1) % count, tick: s.tick + 1 })), [count]);
  const previous = useCallback(() => setState((s) => ({ index: count === 0 ? 0 : (s.index - 1 + count) % count, tick: s.tick + 1 })), [count]);
  useEffect(() => {
    if (paused || count < 2) return;
    const timer = window.setTimeout(next, intervalSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [paused, count, intervalSeconds, next, state.tick]);
  // The data may shrink under the screen (a measure finished): stay within the slides there are.
  const index = count === 0 ? 0 : Math.min(state.index, count - 1);
  return { index, paused, next, previous, go, togglePause: () => setPaused((p) => !p), tick: state.tick };
}
