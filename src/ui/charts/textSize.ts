import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The size the style sheet draws a chart's text at, read from a hidden text in the plot and again
 * when the window's size changes; null where it cannot be read (a document without layout). The
 * meeting screen sizes its text with the screen, and recharts lays axes out from a number.
 */
export function useTextSize(probe: RefObject<SVGTextElement | null>, enabled: boolean): number | null {
  const [size, setSize] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!enabled) return;
    const read = () => {
      const el = probe.current;
      const px = el ? parseFloat(getComputedStyle(el).fontSize) : NaN;
      setSize(Number.isFinite(px) && px > 0 ? px : null);
    };
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [probe, enabled]);
  return size;
}
