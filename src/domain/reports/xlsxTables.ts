import { computeTotal, indicatorsOf } from '../scoring';
import type { Assessment } from '../schemas/assessment';
import type { Framework } from '../schemas/framework';
import type { Measure, ProgressUpdate } from '../schemas/measure';
import type { Unit } from '../schemas/organisation';
import { compareAscii } from '../textOrder';
import { MEASURES_CSV_HEADER, measuresRows, PROGRESS_CSV_HEADER, progressRows, type ExportWords } from './exports';

/** A cell of a workbook: text (B.E. dates among it) stays text, a number a number; null is a blank. */
export type TableCell = string | number | null;

/** One sheet of an exported workbook, as plain data: the writer only lays it out. */
export interface ExportTable {
  /** The sheet's tab: at most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  header: readonly string[];
  rows: TableCell[][];
}

/** The measures workbook: the same columns and cells as the measures CSV. */
export function measuresTable(measures: readonly Measure[], units: readonly Unit[], latest: readonly ProgressUpdate[], words: ExportWords): ExportTable {
  return { name: 'มาตรการ', header: MEASURES_CSV_HEADER, rows: measuresRows(measures, units, latest, words) };
}

/** The progress workbook: the same columns and cells as the progress CSV. */
export function progressTable(updates: readonly ProgressUpdate[], measures: readonly Measure[], units: readonly Unit[], words: ExportWords): ExportTable {
  return { name: 'ความคืบหน้า', header: PROGRESS_CSV_HEADER, rows: progressRows(updates, measures, units, words) };
}

export const INDICATOR_SCORES_HEADER = ['เครื่องมือ', 'ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'น้ำหนัก (ร้อยละ)', 'คะแนน'] as const;
export const O_ITEM_RESULTS_HEADER = ['ข้อ', 'ชื่อข้อ', 'คะแนน', 'ความเห็นของผู้ประเมิน'] as const;
/** The label the score import reads as a reported total, so an exported sheet imports back as it is. */
export const TOTAL_LABEL = 'คะแนนรวม';

/**
 * A year's scores: the indicator scores in the framework's order with the total computed from
 * them (blank while any is missing), and every O-item with its result. Without the year's
 * framework the scores still go out as recorded, without names, weights or a total.
 */
export function scoresTables(assessment: Assessment, framework: Framework | undefined): ExportTable[] {
  return [indicatorScoresTable(assessment, framework), oItemResultsTable(assessment, framework)];
}

function indicatorScoresTable(assessment: Assessment, framework: Framework | undefined): ExportTable {
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  const defs = framework ? indicatorsOf(framework) : [];
  const known = new Set(defs.map((d) => d.number));
  const rows: TableCell[][] = defs.map((d) => [d.instrument, d.number, d.name, d.weight, scores.get(d.number) ?? null]);
  // Scores the framework has no indicator for are still the agency's record: listed, not summed.
  const others = [...assessment.indicatorScores].filter((s) => !known.has(s.indicator)).sort((a, b) => a.indicator - b.indicator);
  rows.push(...others.map((s): TableCell[] => [null, s.indicator, null, null, s.score]));
  if (framework) {
    const total = computeTotal(framework, assessment.indicatorScores).total;
    const weights = defs.reduce((sum, d) => sum + d.weight, 0);
    rows.push([TOTAL_LABEL, null, null, Number(weights.toPrecision(12)), total]);
  }
  return { name: 'คะแนนตัวชี้วัด', header: INDICATOR_SCORES_HEADER, rows };
}

function oItemResultsTable(assessment: Assessment, framework: Framework | undefined): ExportTable {
  const results = new Map(assessment.oItemResults.map((r) => [r.code, r]));
  const defs = framework?.oItems ?? [];
  const known = new Set(defs.map((d) => d.code));
  const rows: TableCell[][] = defs.map((d) => {
    const result = results.get(d.code);
    return [d.code, d.name, result?.score ?? null, result?.assessorComment || null];
  });
  const others = assessment.oItemResults.filter((r) => !known.has(r.code)).sort((a, b) => codeNumber(a.code) - codeNumber(b.code) || compareAscii(a.code, b.code));
  rows.push(...others.map((r): TableCell[] => [r.code, null, r.score, r.assessorComment || null]));
  return { name: 'ผล OIT', header: O_ITEM_RESULTS_HEADER, rows };
}

function codeNumber(code: string): number {
  return Number(code.slice(1));
}
