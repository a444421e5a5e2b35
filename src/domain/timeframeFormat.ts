import type { YearMonth } from './schemas/common';
import type { Timeframe } from './schemas/measure';
import { compareYearMonth, daysInMonth, thaiMonthAbbr } from './thaiDate';

/**
 * A stored timeframe as a reader is told it. The plan year read against and the parser's remarks
 * are the screens' to say, in their own catalogs (TimeframeRead).
 */
export interface TimeframeDescription {
  /** 'ต.ค. 2566 – มี.ค. 2567', '15 พ.ย. 2566 – 15 ธ.ค. 2566', 'ภายใน 30 ก.ย. 2567'. */
  period: string;
}

type Reading = Pick<Timeframe, 'start' | 'end' | 'startDay' | 'endDay' | 'readAsFiscalYear'>;

interface Words {
  month: (month: number) => string;
  year: (year: number) => string;
  /** Once after the last year, for languages whose readers need the calendar named. */
  era: string;
  deadline: (date: string) => string;
}

const THAI: Words = {
  month: thaiMonthAbbr,
  year: String,
  era: '',
  deadline: (date) => `ภายใน ${date}`,
};

const ENGLISH_MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

const ENGLISH: Words = {
  month: (month) => ENGLISH_MONTH.format(Date.UTC(2000, month - 1, 1)),
  year: String,
  era: ' B.E.',
  deadline: (date) => `by ${date}`,
};

const dated = (words: Words, ym: YearMonth, day: number | null) =>
  `${day === null ? '' : `${day} `}${words.month(ym.month)} ${words.year(ym.year)}`;

/**
 * Months where months are enough: a first day of 1 and a last day at its month's end say no more
 * than the months do ('1 ต.ค. 2566 – 31 มี.ค. 2567' is ต.ค. 2566 – มี.ค. 2567). A day that says
 * more ('15 พ.ย.') shows every day the text gave. A deadline shows its day whenever it has one,
 * since the day is the whole point of it. Null for a timeframe that was not read.
 */
function describe(t: Reading, words: Words): TimeframeDescription | null {
  const { start, end } = t;
  if (!end) return null;
  const startDay = t.startDay ?? null;
  const endDay = t.endDay ?? null;
  if (!start) return { period: words.deadline(dated(words, end, endDay)) + words.era };
  const daysMatter = (startDay !== null && startDay !== 1) || (endDay !== null && endDay !== daysInMonth(end.year, end.month));
  const from = dated(words, start, daysMatter ? startDay : null);
  const until = dated(words, end, daysMatter ? endDay : null);
  const single = compareYearMonth(start, end) === 0 && (!daysMatter || startDay === endDay);
  return { period: (single ? until : `${from} – ${until}`) + words.era };
}

export function describeTimeframeThai(timeframe: Reading): TimeframeDescription | null {
  return describe(timeframe, THAI);
}

export function describeTimeframeEnglish(timeframe: Reading): TimeframeDescription | null {
  return describe(timeframe, ENGLISH);
}

/** The description in the reader's language; the app's screens pass theirs. */
export function describeTimeframe(timeframe: Reading, language: 'th' | 'en'): TimeframeDescription | null {
  return language === 'en' ? describeTimeframeEnglish(timeframe) : describeTimeframeThai(timeframe);
}
