import { createElement, lazy, type ComponentType } from 'react';

/**
 * React.lazy over an import that may fail (a deploy replaced the chunk, the network dropped):
 * React.lazy keeps a rejected import for good, so after a failure the next render starts over
 * with a fresh lazy, and WhenNear's retry can load the chunk again without a page reload.
 */
export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        current = fresh();
        throw error;
      }),
    );
  let current = fresh();
  function Retryable(props: P) {
    return createElement(current, props);
  }
  return Retryable;
}

/*
 * The charts, each drawn by recharts in the charts' own chunk: nothing on the first screen
 * imports them, and a caller renders them inside WhenNear and Suspense, so the library loads
 * after the first screen is drawn (vite.config.ts keeps recharts out of the shared chunks).
 */
export const LazyTrendChart = retryableLazy(() => import('./TrendChart'));
export const LazyHealthByUnitChart = retryableLazy(() => import('./HealthByUnitChart'));
export const LazyProgressChart = retryableLazy(() => import('./ProgressChart'));
