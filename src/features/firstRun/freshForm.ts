import type { FieldErrors, Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import type { AgencySetUp } from '../../data/setUpAgency';
import { faultsByField, type FieldError } from '../../data/storeError';
import { builtInFrameworks } from '../../domain/frameworks/registry';
import { arabicDigits } from '../../domain/import/digits';
import { startYear, type NewYearProblem } from '../../domain/newYear';
import { fiscalYearOf } from '../../domain/thaiDate';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { organisationSchema, unitSchema } from '../../domain/schemas/organisation';
import { indicatorsOf } from '../../domain/scoring';
import { readScore, type ScoreRefusal } from '../../domain/typedScore';
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
    .check(z.minLength(1)),
  year: z.string(),
  how: z.enum(['type', 'import']),
  scores: z.record(z.string(), z.string()),
});

/** Why the year typed cannot be the first one: the new year's own refusals, or one not yet begun. */
export type YearProblem = NewYearProblem | { code: 'year.notBegun'; values: { year: number; current: number } };

export type YearPlan =
  | { ok: true; fiscalYear: number; framework: Framework; save: Framework | null; copiedFrom: Framework | null; assessment: Assessment }
  | { ok: false; problem: YearProblem };

/** Every refusal the form says, by code, with the values the screen words it with. */
export type FreshRefusal =
  | YearProblem
  | ScoreRefusal
  | { code: 'units.none'; values: Record<string, never> }
  | { code: 'unit.duplicate'; values: { name: string; first: number } };

/** How the screen words the form's faults: the schema's by their zod codes, the rest by the codes above. */
export interface FreshWording {
  field: (field: FieldError) => string;
  refusal: (refusal: FreshRefusal) => string;
}

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
    return { ok: false, problem: { code: 'year.notBegun', values: { year: fiscalYear, current } } };
  }
  const known = [...stored, ...builtInFrameworks().filter((b) => !stored.some((s) => s.fiscalYear === b.fiscalYear))];
  const next = startYear(fiscalYear, organisationId, [], known);
  if (!next.ok) return { ok: false, problem: next.problem };
  const own = known.find((f) => f.fiscalYear === fiscalYear);
  const framework = next.framework ?? (own as Framework);
  const copiedFrom = next.framework
    ? ([...known].filter((f) => f.fiscalYear < fiscalYear).sort((a, b) => b.fiscalYear - a.fiscalYear)[0] ?? null)
    : null;
  const save = stored.some((f) => f.fiscalYear === fiscalYear) ? null : framework;
  return { ok: true, fiscalYear, framework, save, copiedFrom, assessment: next.assessment };
}

/** The scores typed, and the refusal of each one that is not a score; blanks are allowed. */
function readScores(values: FreshValues, framework: Framework) {
  const errors: Record<string, ScoreRefusal> = {};
  const scores = indicatorsOf(framework).flatMap((d) => {
    const typed = values.scores[scoreField(d.number)] ?? '';
    if (values.how !== 'type' || typed.trim() === '') return [];
    const read = readScore(typed);
    if ('refusal' in read) {
      errors[scoreField(d.number)] = read.refusal;
      return [];
    }
    return [{ indicator: d.number, score: read.score }];
  });
  return { scores, errors };
}

/** The schema's fault as react-hook-form keeps it: a unit's name under its row, the list's own under `units`. */
function placeSchemaFaults(faults: Record<string, { type: string; message: string }>): FieldErrors<FreshValues> {
  const errors: Record<string, unknown> = {};
  const rows: unknown[] = [];
  for (const [path, fault] of Object.entries(faults)) {
    const row = /^units\.(\d+)\.name$/.exec(path);
    if (row) rows[Number(row[1])] = { name: fault };
    else errors[path] = fault;
  }
  if (rows.length > 0) errors.units = Object.assign(rows, errors.units ?? {});
  return errors as FieldErrors<FreshValues>;
}

/**
 * The schema's checks, then what it cannot know: a unit named twice, the year, each score;
 * every fault worded by `word` in the reader's language.
 */
export function freshResolver(organisationId: string, stored: readonly Framework[], word: FreshWording): Resolver<FreshValues> {
  return (values) => {
    const parsed = freshSchema.safeParse(values);
    // An empty list is said in the form's words: "at least 1" alone would not say of what.
    const wordSchema = (f: FieldError) => (f.path === 'units' && f.code === 'too_small' ? word.refusal({ code: 'units.none', values: {} }) : word.field(f));
    const errors = parsed.success ? ({} as FieldErrors<FreshValues>) : placeSchemaFaults(faultsByField(parsed.error, wordSchema));
    const seen = new Map<string, number>();
    values.units.forEach((unit, i) => {
      const key = normaliseUnitName(unit.name);
      const first = seen.get(key);
      if (key === '') return;
      if (first === undefined) return void seen.set(key, i);
      // RHF keeps a field array's errors as an array by row; the schema's own may be there already.
      const rows = (errors.units ??= []) as unknown as FieldErrors<FreshValues['units'][number]>[];
      rows[i] = { name: { type: 'duplicate', message: word.refusal({ code: 'unit.duplicate', values: { name: unit.name.trim(), first: first + 1 } }) } };
    });
    const plan = planYear(values.year, organisationId, stored);
    if (!plan.ok) errors.year = { type: 'year', message: word.refusal(plan.problem) };
    else {
      const scoreErrors = readScores(values, plan.framework).errors;
      const entries = Object.entries(scoreErrors).map(([key, refusal]) => [key, { type: 'score', message: word.refusal(refusal) }]);
      if (entries.length > 0) errors.scores = Object.fromEntries(entries) as FieldErrors<FreshValues>['scores'];
    }
    if (Object.keys(errors).length === 0 && parsed.success) return { values: parsed.data as FreshValues, errors: {} };
    return { values: {}, errors };
  };
}

// The assessment's own record of where it came from, in the agency's language like the rest of its data.
const FRESH_SOURCE = (year: number) => `ผลการประเมิน ITA ปีงบประมาณ ${year} กรอกเมื่อเริ่มใช้งาน`;

/** The records the form's values make, once the resolver has passed them. */
export function buildSetUp(values: FreshValues, organisationId: string, stored: readonly Framework[]): AgencySetUp {
  const plan = planYear(values.year, organisationId, stored);
  // The resolver refused the year already: reaching here with one is a fault of the code, not of what was typed.
  if (!plan.ok) throw new Error(`buildSetUp: year refused (${plan.problem.code})`);
  return {
    organisation: { id: organisationId, name: values.name.trim(), kind: values.kind.trim(), district: values.district.trim(), province: values.province.trim() },
    units: values.units.map((u) => ({ id: u.id, name: u.name.trim(), aliases: [] })),
    framework: plan.save,
    assessment: { ...plan.assessment, indicatorScores: readScores(values, plan.framework).scores, source: FRESH_SOURCE(plan.fiscalYear) },
  };
}
