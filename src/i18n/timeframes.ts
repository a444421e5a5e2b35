import { type TimeframePeriod, type TimeframePoint, wordPeriodThai } from '../domain/timeframeFormat';
import type { Language } from './i18n';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The year stays B.E., marked once: the plan is written in B.E. and its text stands beside the
// reading, so a C.E. year would look like a reading that disagrees with what was typed.
const englishPoint = (p: TimeframePoint) => `${p.day === null ? '' : `${p.day} `}${ENGLISH_MONTHS[p.month - 1] ?? p.month} ${p.year}`;

function wordPeriodEnglish(period: TimeframePeriod): string {
  switch (period.kind) {
    case 'deadline':
      return `by ${englishPoint(period.end)} B.E.`;
    case 'single':
      return `${englishPoint(period.at)} B.E.`;
    case 'range':
      return `${englishPoint(period.start)} – ${englishPoint(period.end)} B.E.`;
  }
}

/** 'ต.ค. 2566 – มี.ค. 2567' or 'Oct 2566 – Mar 2567 B.E.': a timeframe's period in the reader's language. */
export function formatTimeframePeriod(period: TimeframePeriod, language: Language): string {
  return language === 'en' ? wordPeriodEnglish(period) : wordPeriodThai(period);
}
