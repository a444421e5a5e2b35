import { useEffect, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

/** A4's printable width (16.5 cm) less the card's padding, in CSS pixels. */
const PRINT_WIDTH = 600;

/**
 * Whether the page is being printed: a print lays the page out at A4's width, and a chart drawn
 * for a laptop's would only shrink, its words with it, to fit. The switch to print is rendered
 * inside the event itself (flushSync), as progressPrint.ts does: the browser lays the printed
 * page out as soon as the handlers return, before an ordinary update would be drawn.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const before = () => flushSync(() => setPrinting(true));
    const update = () => (query?.matches ? before() : setPrinting(false));
    query?.addEventListener('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', update);
    return () => {
      query?.removeEventListener('change', update);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}

/**
 * A chart at its container's width and the given height; or at a fixed size, which tests (jsdom
 * has no layout, so a container measures 0) pass in, and which a print uses.
 */
export function ChartBox({ size, height, children }: { size?: ChartSize; height: number | `${number}%`; children: (size?: ChartSize) => ReactElement }) {
  const printing = usePrinting();
  const fallbackHeight = typeof height === 'number' ? height : 480;
  if (size) return children(size);
  if (printing) return children({ width: PRINT_WIDTH, height: fallbackHeight });
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0} initialDimension={{ width: 640, height: fallbackHeight }}>
      {children()}
    </ResponsiveContainer>
  );
}
