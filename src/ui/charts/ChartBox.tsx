import { useEffect, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

/** A4's printable width (16.5 cm) less the card's padding, in CSS pixels. */
const PRINT_WIDTH = 600;

/**
 * Whether the page is being printed: a print lays the page out at A4's width, and a chart drawn
 * for a laptop's would only shrink, its words with it, to fit.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('print');
    const update = () => setPrinting(query.matches);
    const before = () => setPrinting(true);
    query.addEventListener('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', update);
    return () => {
      query.removeEventListener('change', update);
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
