import { startTransition, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ChartLoadBoundary } from './ChartLoadBoundary';
import './charts.css';

/** How far below the viewport a chart starts loading, so it is drawn by the time it scrolls in. */
const NEAR = '400px';
/** A chart that never finishes drawing (its chunk failed) stops holding the others back. */
const TURN_LIMIT_MS = 3000;

/*
 * One chart draws at a time, each in a task of its own: three charts mounting in one render made
 * a single long task (recharts' store updates render synchronously, past any transition), which
 * a phone feels as a page that does not answer its first tap.
 */
let turns: Promise<void> = Promise.resolve();
function waitTurn(): { ready: Promise<void>; done: () => void } {
  let done = () => {};
  const finished = new Promise<void>((resolve) => {
    done = () => setTimeout(resolve, 0);
  });
  const ready = turns;
  turns = ready.then(() => Promise.race([finished, new Promise<void>((resolve) => setTimeout(resolve, TURN_LIMIT_MS))]));
  return { ready, done };
}

/** Says when the chart beside it in the same Suspense boundary has been drawn. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => {
    onDrawn();
  }, [onDrawn]);
  return null;
}

/**
 * Renders its children once its place is within about 400 px of the viewport or the browser is
 * idle, whichever comes first, and after any chart before it has been drawn: the charts' library
 * then loads after the first screen is drawn, never in its way. It holds `minHeight` throughout,
 * so nothing below jumps, and gives its children a Suspense boundary and an error boundary of
 * their own: a chart that fails to load says so in its place, with a retry.
 */
export function WhenNear({ minHeight, children }: { minHeight: number | string; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  // Where neither signal exists (an old browser, a test's DOM) there is nothing to wait for.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined' && typeof requestIdleCallback === 'undefined');
  // The turn is taken in an effect, not in render: StrictMode and discarded renders call an
  // initializer twice, and a turn nobody releases holds every later chart back for 3 s.
  const turn = useRef<ReturnType<typeof waitTurn> | null>(null);
  // A child's effect runs before its parent's: a chart drawn at once may be done before the turn.
  const drawn = useRef(false);
  const release = useCallback(() => {
    drawn.current = true;
    turn.current?.done();
  }, []);
  useEffect(() => {
    const taken = waitTurn();
    turn.current = taken;
    if (drawn.current) taken.done();
    // Leaving the page gives the turn up, so charts of the next page are not held back.
    return () => {
      taken.done();
      if (turn.current === taken) turn.current = null;
    };
  }, []);

  useEffect(() => {
    if (near) return;
    const cleanups: (() => void)[] = [];
    let asked = false;
    const show = () => {
      if (asked) return;
      asked = true;
      // A transition: what React can slice, it slices, so a tap is never kept waiting for long.
      void (turn.current?.ready ?? Promise.resolve()).then(() => startTransition(() => setNear(true)));
    };
    if (typeof IntersectionObserver !== 'undefined' && place.current) {
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: `${NEAR} 0px` });
      observer.observe(place.current);
      cleanups.push(() => observer.disconnect());
    }
    if (typeof requestIdleCallback !== 'undefined') {
      const handle = requestIdleCallback(show, { timeout: 4000 });
      cleanups.push(() => cancelIdleCallback(handle));
    }
    return () => cleanups.forEach((f) => f());
  }, [near]);

  return (
    <div ref={place} className="when-near" style={{ minHeight }}>
      {near ? (
        <ChartLoadBoundary onFailed={release}>
          <Suspense fallback={null}>
            {children}
            <Drawn onDrawn={release} />
          </Suspense>
        </ChartLoadBoundary>
      ) : null}
    </div>
  );
}
