import type { YearProgress } from '../../domain/yearProgress';
import type { Language } from '../../i18n/i18n';
import { monthWords } from './axisWords';

/** One month of the chart and of its table, with the words it is shown and read out with. */
export interface ProgressRow {
  key: string;
  /** The axis' label: 'ต.ค. 66' in Thai (B.E., as the agency's documents write it), 'Oct 2023' in English. */
  axis: string;
  /** The month's abbreviation alone, and its year where the axis needs it: ต.ค. and ม.ค. */
  tickMonth: string;
  tickYear: string | null;
  /** Said in full in the table and on focus: 'ตุลาคม 2566', 'October 2023'. */
  name: string;
  expected: number;
  done: number | null;
  onTrack: number | null;
}

export function progressRows(progress: YearProgress, language: Language): ProgressRow[] {
  return progress.months.map((point, index) => {
    const words = monthWords(point.month, point.year, language);
    return {
      key: `${point.year}-${point.month}`,
      axis: words.tick,
      tickMonth: words.abbr,
      // The year is written where it starts the axis and where it changes, not under every month.
      tickYear: index === 0 || point.month === 1 ? words.shortYear : null,
      name: words.name,
      expected: point.expectedDone,
      done: point.done,
      onTrack: point.onTrack,
    };
  });
}

/** A share as the chart shows it: a whole percentage, since a tenth of a measure means nothing. */
export function wholePercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}

/** Which takeaway the year's counts call for, with what fills it. */
export function takeawayOf(progress: YearProgress) {
  const { total, now } = progress;
  if (total === 0) return { key: 'progressChart.takeawayEmpty', params: {} } as const;
  const params = { done: now.done, total, late: now.late };
  return now.late === 0 ? ({ key: 'progressChart.takeawayNoneLate', params } as const) : ({ key: 'progressChart.takeaway', params } as const);
}
