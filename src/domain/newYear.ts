import type { Assessment } from './schemas/assessment';
import type { Framework } from './schemas/framework';

/** Why a year cannot be started, with the values a screen words it with. */
export type NewYearProblem =
  | { code: 'year.format'; values: Record<string, never> }
  | { code: 'year.held'; values: { year: number } }
  | { code: 'year.tooFar'; values: { next: number } }
  | { code: 'year.noFramework'; values: { year: number } };

export type NewYear =
  | { ok: true; assessment: Assessment; framework: Framework | null }
  | { ok: false; problem: NewYearProblem };

/** Each refusal's Thai, `{name}` for its values: the one copy both screens' catalogs take. */
export const NEW_YEAR_TH: Readonly<Record<NewYearProblem['code'], string>> = {
  'year.format': 'ปีงบประมาณต้องเป็นปี พ.ศ. 4 หลัก เช่น 2566',
  'year.held': 'มีผลการประเมินของปีงบประมาณ {year} อยู่แล้ว',
  'year.tooFar': 'เริ่มได้ถึงปีถัดจากปีล่าสุดเท่านั้น ({next})',
  'year.noFramework': 'ยังไม่มีเกณฑ์การประเมินของปี {year} หรือปีก่อนหน้าให้คัดลอก',
};

/**
 * A new fiscal year to record a result in: an empty assessment and, when the year has no
 * framework yet, a copy of the latest earlier one (the method changes only every few years; a
 * planning officer edits the copy where it did). The year must be a Buddhist Era year the data
 * set lacks, no later than the year after its latest.
 */
export function startYear(
  fiscalYear: number,
  organisationId: string,
  assessments: readonly Pick<Assessment, 'fiscalYear'>[],
  frameworks: readonly Framework[],
): NewYear {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700) {
    return { ok: false, problem: { code: 'year.format', values: {} } };
  }
  if (assessments.some((a) => a.fiscalYear === fiscalYear)) {
    return { ok: false, problem: { code: 'year.held', values: { year: fiscalYear } } };
  }
  // A year cannot be deleted, and the newest becomes everyone's default: a slip of the finger
  // (2656 for 2566) must not open a year decades ahead. Earlier years may be filled in.
  const latest = Math.max(0, ...assessments.map((a) => a.fiscalYear));
  if (latest > 0 && fiscalYear > latest + 1) {
    return { ok: false, problem: { code: 'year.tooFar', values: { next: latest + 1 } } };
  }
  const own = frameworks.find((f) => f.fiscalYear === fiscalYear);
  const earlier = [...frameworks].filter((f) => f.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  if (!own && !earlier) {
    return { ok: false, problem: { code: 'year.noFramework', values: { year: fiscalYear } } };
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
