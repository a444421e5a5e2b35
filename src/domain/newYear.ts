import type { Assessment } from './schemas/assessment';
import type { Framework } from './schemas/framework';

export type NewYear =
  | { ok: true; assessment: Assessment; framework: Framework | null }
  | { ok: false; problem: string };

/**
 * A new fiscal year to record a result in: an empty assessment and, when the year has no
 * framework yet, a copy of the latest earlier one (the method changes only every few years; a
 * planning officer edits the copy where it did). The year must come after none it would clash
 * with and be a Buddhist Era year.
 */
export function startYear(
  fiscalYear: number,
  organisationId: string,
  assessments: readonly Pick<Assessment, 'fiscalYear'>[],
  frameworks: readonly Framework[],
): NewYear {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700) {
    return { ok: false, problem: 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566' };
  }
  if (assessments.some((a) => a.fiscalYear === fiscalYear)) {
    return { ok: false, problem: `มีผลการประเมินของปีงบประมาณ ${fiscalYear} อยู่แล้ว` };
  }
  const own = frameworks.find((f) => f.fiscalYear === fiscalYear);
  const earlier = [...frameworks].filter((f) => f.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  if (!own && !earlier) {
    return { ok: false, problem: `ยังไม่มีเกณฑ์การประเมินของปี ${fiscalYear} หรือปีก่อนหน้าให้คัดลอก` };
  }
  const framework = own ? null : { ...structuredClone(earlier as Framework), fiscalYear, name: `ITA ${fiscalYear}` };
  return {
    ok: true,
    framework,
    assessment: {
      id: `asm-${fiscalYear}`,
      organisationId,
      fiscalYear,
      reportedTotal: null,
      reportedLevel: null,
      reportedPassCount: null,
      resultStatement: '',
      overview: '',
      indicatorScores: [],
      subIssueNotes: [],
      oItemResults: [],
      recommendations: [],
      summaries: [],
      source: '',
    },
  };
}
