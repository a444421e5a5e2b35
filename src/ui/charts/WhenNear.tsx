import { startTransition, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
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
 * Renders its children once its place is within about 400 px of the viewport, and after any
 * chart asked for before it has been drawn: the charts' library loads and draws when a reader
 * comes to it, never in the first screen's way. Not on idle as well: drawing three charts on idle
 * made two 160–190 ms tasks in the seconds after load on a throttled phone (Lighthouse's TBT
 * 230–400 ms, performance 0.93 against 0.97 without). Printing draws every chart at once. It
 * holds `minHeight` throughout, so nothing below jumps, and gives its children a Suspense
 * boundary and an error boundary of their own: a chart that fails to load says so in its place.
 */
export function WhenNear({ minHeight, children }: { minHeight: number | string; children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  // Where the signal does not exist (an old browser, a test's DOM) there is nothing to wait for.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  // The turn is taken when the chart is asked for, not on mount: a chart far down the page must
  // not hold back the one the reader has reached.
  const turn = useRef<ReturnType<typeof waitTurn> | null>(null);
  const release = useCallback(() => {
    turn.current?.done();
  }, []);
  // Leaving the page gives the turn up, so charts of the next page are not held back.
  useEffect(() => () => turn.current?.done(), []);

  useEffect(() => {
    if (near) return;
    let asked = false;
    // An observer disconnected by this effect's cleanup (StrictMode runs effects twice) must not
    // take a turn nobody will give back.
    let live = true;
    const show = () => {
      if (asked || !live) return;
      asked = true;
      const taken = waitTurn();
      turn.current = taken;
      // A transition: what React can slice, it slices, so a tap is never kept waiting for long.
      void taken.ready.then(() => startTransition(() => setNear(true)));
    };
    // Printing wants every chart on paper: drawn at once, without waiting for a turn.
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    const observer = place.current ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: `${NEAR} 0px` }) : null;
    if (observer && place.current) observer.observe(place.current);
    return () => {
      live = false;
      observer?.disconnect();
      window.removeEventListener('beforeprint', print);
    };
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
