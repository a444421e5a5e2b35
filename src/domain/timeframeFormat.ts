import type { YearMonth } from './schemas/common';
import type { Timeframe } from './schemas/measure';
import { compareYearMonth, daysInMonth, thaiMonthAbbr } from './thaiDate';

/** A month, or a day when the day says more than its month does; the year in B.E. */
export interface TimeframePoint {
  year: number;
  month: number;
  day: number | null;
}

/**
 * A stored timeframe as a reader is told it, in no language: each screen words it with its own
 * (src/i18n/timeframes.ts). A single month or day is 'single'; an open start is a deadline.
 */
export type TimeframePeriod =
  | { kind: 'range'; start: TimeframePoint; end: TimeframePoint }
  | { kind: 'single'; at: TimeframePoint }
  | { kind: 'deadline'; end: TimeframePoint };

type Reading = Pick<Timeframe, 'start' | 'end' | 'startDay' | 'endDay' | 'readAsFiscalYear'>;

const point = (ym: YearMonth, day: number | null): TimeframePoint => ({ year: ym.year, month: ym.month, day });

/**
 * Months where months are enough: a first day of 1 and a last day at its month's end say no more
 * than the months do ('1 ต.ค. 2566 – 31 มี.ค. 2567' is ต.ค. 2566 – มี.ค. 2567). A day that says
 * more ('15 พ.ย.') shows every day the text gave. A deadline shows its day whenever it has one,
 * since the day is the whole point of it. Null for a timeframe that was not read.
 */
export function timeframePeriod(t: Reading): TimeframePeriod | null {
  const { start, end } = t;
  if (!end) return null;
  const startDay = t.startDay ?? null;
  const endDay = t.endDay ?? null;
  if (!start) return { kind: 'deadline', end: point(end, endDay) };
  const daysMatter = (startDay !== null && startDay !== 1) || (endDay !== null && endDay !== daysInMonth(end.year, end.month));
  const until = point(end, daysMatter ? endDay : null);
  if (compareYearMonth(start, end) === 0 && (!daysMatter || startDay === endDay)) return { kind: 'single', at: until };
  return { kind: 'range', start: point(start, daysMatter ? startDay : null), end: until };
}

const thaiPoint = (p: TimeframePoint) => `${p.day === null ? '' : `${p.day} `}${thaiMonthAbbr(p.month)} ${p.year}`;

/**
 * The period in Thai: 'ต.ค. 2566 – มี.ค. 2567', '15 พ.ย. 2566 – 15 ธ.ค. 2566', 'ภายใน 30 ก.ย. 2567'.
 * The one Thai wording: the history records it (src/domain/audit.ts) and the Thai screens show it
 * through src/i18n/timeframes.ts, so an entry stored long ago reads as the screen does today.
 */
export function wordPeriodThai(period: TimeframePeriod): string {
  switch (period.kind) {
    case 'deadline':
      return `ภายใน ${thaiPoint(period.end)}`;
    case 'single':
      return thaiPoint(period.at);
    case 'range':
      return `${thaiPoint(period.start)} – ${thaiPoint(period.end)}`;
  }
}

/**
 * The code of a remark kept with a stored timeframe. Records keep the remark's Thai sentence only,
 * and the only remark kept is the brackets' disagreement (keptNotes), which quotes the brackets
 * first; anything else stays unknown, for the screens to show as written.
 */
export function storedNoteCode(note: string): 'bracket-disagrees' | null {
  return note.startsWith('วงเล็บ "') ? 'bracket-disagrees' : null;
}
