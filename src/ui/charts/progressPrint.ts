import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The size the progress chart is drawn at on paper: A4's printable width less the card's padding,
 * so its words print at their own size rather than a screen-wide drawing shrunk to fit.
 */
export const PRINT_SIZE = { width: 680, height: 280 } as const;

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
