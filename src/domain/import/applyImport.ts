import type { Assessment } from '../schemas/assessment';
import type { ImportRow } from './scoreImport';

/**
 * The assessment with an import's rows in it: a row replaces the score of its indicator or
 * O-item and adds one it lacked; everything else stays. Refused unless every row is good, so a
 * confirmed import writes all of it or none. A total the file states becomes the reported total,
 * as a report's would: the dashboard then sets it beside the computed one.
 */
export function applyImport(assessment: Assessment, rows: readonly ImportRow[], statedTotal: number | null = null): Assessment {
  if (rows.length === 0 || rows.some((r) => r.problems.length > 0 || r.value === null)) {
    throw new Error('นำเข้าได้เฉพาะเมื่อทุกแถวถูกต้อง');
  }
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s]));
  const results = new Map(assessment.oItemResults.map((r) => [r.code, r]));
  for (const { value } of rows) {
    if (value?.kind === 'indicator') scores.set(value.indicator, { indicator: value.indicator, score: value.score });
    if (value?.kind === 'oItem') {
      const before = results.get(value.code);
      results.set(value.code, { code: value.code, score: value.score, assessorComment: value.comment || before?.assessorComment || '' });
    }
  }
  const byCode = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));
  return {
    ...assessment,
    reportedTotal: statedTotal ?? assessment.reportedTotal,
    indicatorScores: [...scores.values()].sort((a, b) => a.indicator - b.indicator),
    oItemResults: [...results.values()].sort((a, b) => byCode(a.code, b.code)),
  };
}
