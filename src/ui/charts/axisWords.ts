import { BE_OFFSET, THAI_MONTHS } from '../../domain/thaiDate';
import type { Language } from '../../i18n/i18n';

/**
 * Words for the charts' axes. Thai writes B.E. with the agency's abbreviations (ต.ค. 66), English
 * the C.E. month (Oct 2023); a fiscal year is always its B.E. number, as every screen names it.
 */
export interface MonthWords {
  /** 'ต.ค.' / 'Oct' */
  abbr: string;
  /** '66' / '2023' */
  shortYear: string;
  /** 'ต.ค. 66' / 'Oct 2023' */
  tick: string;
  /** 'ตุลาคม 2566' / 'October 2023', for tables and what a screen reader says. */
  name: string;
}

export function monthWords(month: number, beYear: number, language: Language): MonthWords {
  const entry = THAI_MONTHS[month - 1];
  if (!entry) throw new RangeError(`no month ${month}`);
  if (language === 'th') {
    const shortYear = String(beYear % 100).padStart(2, '0');
    return { abbr: entry.abbr, shortYear, tick: `${entry.abbr} ${shortYear}`, name: `${entry.full} ${beYear}` };
  }
  const ce = String(beYear - BE_OFFSET);
  return { abbr: entry.enAbbr, shortYear: ce, tick: `${entry.enAbbr} ${ce}`, name: `${entry.en} ${ce}` };
}

/** A fiscal year on an axis: its B.E. number in both languages ('2566'). */
export const yearTick = (beYear: number): string => String(beYear);
