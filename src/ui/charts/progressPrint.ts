import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The size the progress chart is drawn at on paper: A4's printable width with the app's print
 * margins (about 600–624 px) less the card's padding, so its words print at their own size rather
 * than a wider drawing shrunk to fit. The same 600 as ChartBox's other charts (not exported there).
 */
export const PRINT_SIZE = { width: 600, height: 280 } as const;

/**
 * True while the page is being printed. The chart is redrawn inside `beforeprint` itself
 * (flushSync): the browser lays the printed page out as soon as the event's handlers return.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(false);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}
