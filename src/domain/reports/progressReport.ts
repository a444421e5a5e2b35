import { HEALTHS, healthOf, type Health } from '../measureHealth';
import type { Measure, MeasureStatus, ProgressUpdate } from '../schemas/measure';
import type { Organisation, Unit } from '../schemas/organisation';
import { ceFromBe, fiscalYearRange } from '../thaiDate';
import { unitNames } from '../units';
import { placeOf, yearTitlePhrases } from './measuresDocument';
import { compareAscii, compareThai } from '../textOrder';

/** A span of days, ISO dates (C.E.) inclusive. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodPreset = 'first-half' | 'second-half' | 'whole-year';

/** The periods a progress report usually covers: the first half (ต.ค.–มี.ค.) is what the next ITA asks for. */
export function presetPeriod(fiscalYear: number, preset: PeriodPreset): Period {
  const { startIso, endIso } = fiscalYearRange(fiscalYear);
  const ce = ceFromBe(fiscalYear);
  if (preset === 'first-half') return { from: startIso, to: `${ce}-03-31` };
  if (preset === 'second-half') return { from: `${ce}-04-01`, to: endIso };
  return { from: startIso, to: endIso };
}

export interface ReportedMeasure {
  order: number;
  title: string;
  units: string;
  timeframe: string;
  /** The steps as they stand now: a step's tick carries no date. */
  steps: { text: string; done: boolean }[];
  /** What was reported within the period, oldest first. */
  /** With the files each carries as its evidence (none on updates kept before files could be attached). */
  updates: Pick<ProgressUpdate, 'date' | 'status' | 'percent' | 'note' | 'evidenceUrl' | 'files'>[];
  /** Where it stood at the end of the period: its last report on or before that day. */
  status: MeasureStatus;
  percent: number;
  health: Health;
}

/** One update as the report shows it. */
export type ReportedUpdate = ReportedMeasure['updates'][number];

export interface ProgressReport {
  fiscalYear: number;
  organisation: string;
  place: string;
  period: Period;
  measures: ReportedMeasure[];
  byHealth: Record<Health, number>;
  /** Per responsible unit (a measure with two units counts for each), in Thai order, unassigned last. */
  byUnit: { unit: string; total: number; byHealth: Record<Health, number> }[];
}

/**
 * The report's title as phrases a line may break between, short enough that each fits a phone's
 * line whole; on A4 they gather two or three a line.
 */
export function progressReportTitlePhrases(fiscalYear: number): string[] {
  return yearTitlePhrases(['รายงานผลการดำเนินการ', 'ตามมาตรการ', 'ส่งเสริมคุณธรรมและความโปร่งใส '], fiscalYear);
}

const noCounts = (): Record<Health, number> => Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<Health, number>;

/**
 * รายงานผลการดำเนินการตามมาตรการ for a period: each measure with its steps, what was reported in
 * the period, and where it stood at the period's end, with a summary by health and by unit.
 * Health is read as of the period's last day, so a report on the first half says what was true
 * on 31 March, whenever it is printed.
 */
export function progressReport(
  fiscalYear: number,
  organisation: Organisation,
  units: readonly Unit[],
  measures: readonly Measure[],
  updates: readonly ProgressUpdate[],
  period: Period,
): ProgressReport {
  const unitName = (id: string) => unitNames([id], units);
  const end = new Date(`${period.to}T00:00:00`);
  const byHealth = noCounts();
  const unitCounts = new Map<string, Record<Health, number>>();
  const reported = measures
    .filter((m) => !m.archived)
    .map((m, i): ReportedMeasure => {
      const own = updates
        .filter((u) => u.measureId === m.id && u.date <= period.to)
        .sort((a, b) => compareAscii(a.date, b.date) || compareAscii(a.createdAt, b.createdAt));
      const last = own.at(-1) ?? null;
      const health = healthOf(m.timeframe, last, end).health;
      byHealth[health] += 1;
      for (const id of m.unitIds.length ? m.unitIds : ['']) {
        const counts = unitCounts.get(id) ?? noCounts();
        counts[health] += 1;
        unitCounts.set(id, counts);
      }
      return {
        order: i + 1,
        title: m.title,
        units: unitNames(m.unitIds, units),
        timeframe: m.timeframe.raw,
        steps: m.steps.map((s) => ({ text: s.text, done: s.done })),
        updates: own.filter((u) => u.date >= period.from).map(({ date, status, percent, note, evidenceUrl, files }) => ({ date, status, percent, note, evidenceUrl, files: files ?? [] })),
        status: last?.status ?? 'not-started',
        percent: last?.percent ?? 0,
        health,
      };
    });
  // Named units in Thai order; measures nobody is responsible for yet come last.
  const byUnit = [...unitCounts]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareThai(unitName(a), unitName(b))))
    .map(([id, counts]) => ({ unit: id ? unitName(id) : 'ยังไม่ระบุผู้รับผิดชอบ', total: HEALTHS.reduce((s, h) => s + counts[h], 0), byHealth: counts }));
  return {
    fiscalYear,
    organisation: organisation.name,
    place: placeOf(organisation),
    period,
    measures: reported,
    byHealth,
    byUnit,
  };
}
