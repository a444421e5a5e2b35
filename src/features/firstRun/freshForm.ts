import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { AgencySetUp } from '../../data/setUpAgency';
import { builtInFrameworks } from '../../domain/frameworks/registry';
import { arabicDigits } from '../../domain/import/digits';
import { newYearInThai, startYear } from '../../domain/newYear';
import { fiscalYearOf } from '../../domain/thaiDate';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { organisationSchema, unitSchema } from '../../domain/schemas/organisation';
import { indicatorsOf } from '../../domain/scoring';
import { scoreFromText } from '../../domain/typedScore';
import { normaliseUnitName } from '../../domain/units';

/** The form as typed: the year and every score a string, so what was typed survives a refusal. */
export interface FreshValues {
  name: string;
  kind: string;
  district: string;
  province: string;
  /** Each unit's id is given when its row is added, so a second try writes the same unit again. */
  units: { id: string; name: string }[];
  year: string;
  how: 'type' | 'import';
  scores: Record<string, string>;
}

export const scoreField = (indicator: number) => `i${indicator}`;

// The organisation's and units' own rules, as the store will check them.
const freshSchema = z.object({
  name: organisationSchema.shape.name,
  kind: organisationSchema.shape.kind,
  district: z.string(),
  province: z.string(),
  units: z
    .array(z.object({ id: z.string(), name: unitSchema.shape.name }))
    .check(z.minLength(1, { error: 'เพิ่มส่วนราชการอย่างน้อยหนึ่งหน่วย' })),
  year: z.string(),
  how: z.enum(['type', 'import']),
  scores: z.record(z.string(), z.string()),
});

export type YearPlan =
  | { ok: true; fiscalYear: number; framework: Framework; save: Framework | null; copiedFrom: Framework | null; assessment: Assessment }
  | { ok: false; problem: string };

/**
 * The year typed, with the framework to score it by: the agency's own for that year if it has
 * one, else the app's, else a copy of the latest earlier one, as a new year gets on the
 * assessments screen. `save` is the framework the store still needs.
 */
export function planYear(typed: string, organisationId: string, stored: readonly Framework[], today = new Date()): YearPlan {
  const fiscalYear = Number(arabicDigits(typed.trim()) || Number.NaN);
  // A year is named by the B.E. year it ends in; no result exists for one not yet begun.
  const current = fiscalYearOf(today);
  if (Number.isInteger(fiscalYear) && fiscalYear > current && fiscalYear <= 2700) {
    return { ok: false, problem: `ปีงบประมาณ ${fiscalYear} ยังไม่เริ่ม (ปีงบประมาณปัจจุบันคือ ${current}) กรอกปีที่ได้รับผลการประเมินแล้ว` };
  }
  const known = [...stored, ...builtInFrameworks().filter((b) => !stored.some((s) => s.fiscalYear === b.fiscalYear))];
  const next = startYear(fiscalYear, organisationId, [], known);
  if (!next.ok) return { ok: false, problem: newYearInThai(next.problem) };
  const own = known.find((f) => f.fiscalYear === fiscalYear);
  const framework = next.framework ?? (own as Framework);
  const copiedFrom = next.framework
    ? ([...known].filter((f) => f.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0] ?? null)
    : null;
  const save = stored.some((f) => f.fiscalYear === fiscalYear) ? null : framework;
  return { ok: true, fiscalYear, framework, save, copiedFrom, assessment: next.assessment };
}

/** The scores typed, and a Thai reason beside each one that is not a score; blanks are allowed. */
function readScores(values: FreshValues, framework: Framework) {
  const errors: Record<string, string> = {};
  const scores = indicatorsOf(framework).flatMap((d) => {
    const typed = values.scores[scoreField(d.number)] ?? '';
    if (values.how !== 'type' || typed.trim() === '') return [];
    const read = scoreFromText(typed);
    if ('problem' in read) {
      errors[scoreField(d.number)] = read.problem;
      return [];
    }
    return [{ indicator: d.number, score: read.score }];
  });
  return { scores, errors };
}

/** The schema's checks, then what it cannot know: a unit named twice, the year, each score. */
export function freshResolver(organisationId: string, stored: readonly Framework[]): Resolver<FreshValues> {
  const schemaResolver = zodResolver(freshSchema);
  return async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    const errors: FieldErrors<FreshValues> = { ...result.errors };
    const seen = new Map<string, number>();
    values.units.forEach((unit, i) => {
      const key = normaliseUnitName(unit.name);
      const first = seen.get(key);
      if (key === '') return;
      if (first === undefined) return void seen.set(key, i);
      // RHF keeps a field array's errors as an array by row; the schema's own may be there already.
      const rows = (errors.units ??= []) as unknown as FieldErrors<FreshValues['units'][number]>[];
      rows[i] = { name: { type: 'duplicate', message: `ชื่อ "${unit.name.trim()}" ซ้ำกับส่วนราชการที่ ${first + 1}` } };
    });
    const plan = planYear(values.year, organisationId, stored);
    if (!plan.ok) errors.year = { type: 'year', message: plan.problem };
    else {
      const scoreErrors = readScores(values, plan.framework).errors;
      const entries = Object.entries(scoreErrors).map(([key, message]) => [key, { type: 'score', message }]);
      if (entries.length > 0) errors.scores = Object.fromEntries(entries) as FieldErrors<FreshValues>['scores'];
    }
    if (Object.keys(errors).length === 0) return result;
    return { values: {}, errors };
  };
}

const FRESH_SOURCE = (year: number) => `ผลการประเมิน ITA ปีงบประมาณ ${year} กรอกเมื่อเริ่มใช้งาน`;

/** The records the form's values make, once the resolver has passed them. */
export function buildSetUp(values: FreshValues, organisationId: string, stored: readonly Framework[]): AgencySetUp {
  const plan = planYear(values.year, organisationId, stored);
  if (!plan.ok) throw new Error(plan.problem);
  return {
    organisation: { id: organisationId, name: values.name.trim(), kind: values.kind.trim(), district: values.district.trim(), province: values.province.trim() },
    units: values.units.map((u) => ({ id: u.id, name: u.name.trim(), aliases: [] })),
    framework: plan.save,
    assessment: { ...plan.assessment, indicatorScores: readScores(values, plan.framework).scores, source: FRESH_SOURCE(plan.fiscalYear) },
  };
}
