import type { CoverageGap } from '../coverage';
import type { UnitFreshness } from '../freshness';
import type { LateMeasure } from '../measureOverview';
import type { ProgressUpdate } from '../schemas/measure';
import type { SlideKind } from './options';

/**
 * Rows one slide holds, read from the back of a ten-metre room: a long list pages rather than
 * shrinks. The indicators are one chart, so all of a year's (ten in every framework so far) share
 * one slide and one scale.
 */
export const ROWS_PER_SLIDE = { indicators: 12, fresh: 4, late: 4, progress: 4, gaps: 5 } as const;

export type Slide =
  | { kind: 'result' }
  | { kind: 'instruments' }
  | { kind: 'trend' }
  | { kind: 'year-progress' }
  | { kind: 'health' }
  | { kind: 'fresh'; page: number; pages: number; items: UnitFreshness[] }
  | { kind: 'indicators'; page: number; pages: number; indicators: number[] }
  | { kind: 'late'; page: number; pages: number; items: LateMeasure[] }
  | { kind: 'progress'; page: number; pages: number; items: ProgressUpdate[] }
  | { kind: 'gaps'; page: number; pages: number; items: CoverageGap[] };

export interface SlideContent {
  /** Whether the year has a total to show. */
  hasResult: boolean;
  /** Whether there are at least two years' results to draw a trend through. */
  hasTrend: boolean;
  /** Indicator numbers with a score, in order. */
  indicators: number[];
  /** Active measures counted by health; 0 leaves the health slide out. */
  measureCount: number;
  /** Measures the fiscal year's progress chart counts; 0 leaves it out. */
  yearMeasureCount: number;
  /** Units with measures due to report, most behind first; empty with no last meeting to count from. */
  fresh: UnitFreshness[];
  late: LateMeasure[];
  /** Newest update of each measure reported since the last meeting, newest first. */
  progress: ProgressUpdate[];
  gaps: CoverageGap[];
}

function pages<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The slides in the order asked, each list paged, and any slide with nothing to show left out. */
export function buildSlides(order: readonly SlideKind[], content: SlideContent): Slide[] {
  return order.flatMap((kind): Slide[] => {
    switch (kind) {
      case 'result':
      case 'instruments':
        return content.hasResult ? [{ kind }] : [];
      case 'trend':
        return content.hasTrend ? [{ kind }] : [];
      case 'year-progress':
        return content.yearMeasureCount > 0 ? [{ kind }] : [];
      case 'health':
        return content.measureCount > 0 ? [{ kind }] : [];
      case 'indicators': {
        const all = pages(content.indicators, ROWS_PER_SLIDE.indicators);
        return all.map((indicators, i) => ({ kind, page: i + 1, pages: all.length, indicators }));
      }
      case 'fresh': {
        const all = pages(content.fresh, ROWS_PER_SLIDE.fresh);
        return all.map((items, i) => ({ kind, page: i + 1, pages: all.length, items }));
      }
      case 'late': {
        const all = pages(content.late, ROWS_PER_SLIDE.late);
        return all.map((items, i) => ({ kind, page: i + 1, pages: all.length, items }));
      }
      case 'progress': {
        const all = pages(content.progress, ROWS_PER_SLIDE.progress);
        return all.map((items, i) => ({ kind, page: i + 1, pages: all.length, items }));
      }
      case 'gaps': {
        const all = pages(content.gaps, ROWS_PER_SLIDE.gaps);
        return all.map((items, i) => ({ kind, page: i + 1, pages: all.length, items }));
      }
    }
  });
}
