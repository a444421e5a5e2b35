import type { Measure } from './schemas/measure';
import { fiscalYearOfMonth } from './thaiDate';

/**
 * The fiscal year in which an assessment's measures are carried out, for the progress charts.
 *
 * An ITA result comes out near the end of its fiscal year, so the measures it gives rise to run
 * in the year after: พอกน้อย's measures from the 2565 result run ต.ค.65–ธ.ค.66, fiscal 2566 on.
 * Agencies differ, so the measures' own timeframes decide: the fiscal year in which most of them
 * start (the earlier on a tie), a deadline counting in the year it falls due. A timeframe that
 * named no year and was read against the plan's year does not vote: it would only echo the year
 * it was given, and the charts and the stores' plan year (planYear) must pick the same year. With
 * no timeframe readable, the year after the assessment's.
 */
export function followUpYear(assessmentYear: number, measures: readonly Pick<Measure, 'timeframe' | 'archived'>[]): number {
  const starts = new Map<number, number>();
  for (const m of measures) {
    // A deadline ('ภายใน 30 ก.ย. 67') has no start; it runs in the year it falls due.
    const from = m.timeframe.start ?? m.timeframe.end;
    if (m.archived || !from || m.timeframe.readAsFiscalYear !== undefined) continue;
    const year = fiscalYearOfMonth(from);
    starts.set(year, (starts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of starts) {
    if (count > bestCount || (count === bestCount && best !== null && year < best)) {
      best = year;
      bestCount = count;
    }
  }
  return best ?? assessmentYear + 1;
}
