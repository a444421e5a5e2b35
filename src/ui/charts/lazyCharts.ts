import { lazy } from 'react';

/*
 * The charts, each drawn by recharts in the charts' own chunk: nothing on the first screen
 * imports them, and a caller renders them inside WhenNear and Suspense, so the library loads
 * after the first screen is drawn (vite.config.ts keeps recharts out of the shared chunks).
 */
export const LazyTrendChart = lazy(() => import('./TrendChart'));
export const LazyHealthByUnitChart = lazy(() => import('./HealthByUnitChart'));
export const LazyProgressChart = lazy(() => import('./ProgressChart'));
