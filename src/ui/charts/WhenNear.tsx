import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below the viewport a chart starts loading, so it is drawn by the time it scrolls in. */
const NEAR = '400px';

/**
 * Renders its children once its place is within about 400 px of the viewport or the browser is
 * idle, whichever comes first: the charts' library then loads after the first screen is drawn,
 * never in its way. Until then it holds the chart's height, so nothing below jumps.
 */
export function WhenNear({ minHeight, children }: { minHeight: number | string; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  // Where neither signal exists (an old browser, a test's DOM) there is nothing to wait for.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined' && typeof requestIdleCallback === 'undefined');

  useEffect(() => {
    if (near) return;
    const cleanups: (() => void)[] = [];
    const show = () => setNear(true);
    if (typeof IntersectionObserver !== 'undefined' && place.current) {
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: `${NEAR} 0px` });
      observer.observe(place.current);
      cleanups.push(() => observer.disconnect());
    }
    if (typeof requestIdleCallback !== 'undefined') {
      // Idle after the first screen, not the first idle moment of its render.
      const handle = requestIdleCallback(show, { timeout: 4000 });
      cleanups.push(() => cancelIdleCallback(handle));
    }
    return () => cleanups.forEach((f) => f());
  }, [near]);

  return (
    <div ref={place} className="when-near" style={{ minHeight }}>
      {near ? children : null}
    </div>
  );
}
