import type { TimeframeReader } from '../domain/measureWrites';

/**
 * The timeframe parser, fetched the first time a measure's timeframe is written: it reads dozens of
 * ways Thai offices write a period, and a first visit that only reads the dashboard has no use for
 * it. Loaded before the write's transaction opens, as an IndexedDB transaction does not survive
 * waiting on a network fetch.
 */
export function loadTimeframeReader(): Promise<TimeframeReader> {
  return import('../domain/timeframe').then((m) => m.parseTimeframe);
}
