import type { FieldErrors, Resolver } from 'react-hook-form';
import { fieldErrorOf, type FieldError } from '../../data/storeError';
import { assessmentSchema, type Assessment } from '../../domain/schemas/assessment';
import { levelSchema, type Framework, type Level } from '../../domain/schemas/framework';
import { indicatorsOf } from '../../domain/scoring';
import { readScore, type ScoreRefusal } from '../../domain/typedScore';
import { arabicDigits } from '../../domain/import/digits';

/** The form as typed: every score a string, so what a person typed survives any refusal. */
export interface ScoreFormValues {
  reportedTotal: string;
  reportedLevel: Level | '';
  /** How many indicators the report says passed and failed; both blank when it does not say. */
  reportedPassed: string;
  reportedFailed: string;
  scores: Record<string, string>;
}

const field = (n: number) => `i${n}`;

/**
 * What is wrong with one field, as a code and the values it is worded with: a typed score the
 * domain refuses, a count of indicators, or the store's schema on anything the fields miss.
 */
export type ScoreFault =
  | ScoreRefusal
  | { code: 'count.range'; values: { max: number } }
  | { code: 'count.pair'; values: Record<string, never> }
  | { code: 'count.overTotal'; values: { passed: number; failed: number; indicators: number } }
  | { code: 'schema'; values: Record<string, never>; field: FieldError };

/** How a screen says a fault, in its reader's language. */
export type ScoreFaultWording = (fault: ScoreFault) => string;

export function formFrom(assessment: Assessment, framework: Framework): ScoreFormValues {
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  return {
    reportedTotal: assessment.reportedTotal === null ? '' : assessment.reportedTotal.toFixed(2),
    reportedLevel: assessment.reportedLevel ?? '',
    reportedPassed: assessment.reportedPassCount ? String(assessment.reportedPassCount.passed) : '',
    reportedFailed: assessment.reportedPassCount ? String(assessment.reportedPassCount.failed) : '',
    scores: Object.fromEntries(indicatorsOf(framework).map((d) => [field(d.number), scores.get(d.number)?.toFixed(2) ?? ''])),
  };
}

/**
 * The assessment these values make, and what is wrong with them field by field. A blank score
 * is allowed (the year's result may come in parts); a blank reported total means the report
 * gave none.
 */
export function readForm(values: ScoreFormValues, current: Assessment, framework: Framework): { assessment: Assessment; errors: Record<string, ScoreFault> } {
  const errors: Record<string, ScoreFault> = {};
  const indicators = indicatorsOf(framework).length;
  const indicatorScores = indicatorsOf(framework).flatMap((d) => {
    const typed = values.scores[field(d.number)] ?? '';
    if (typed.trim() === '') return [];
    const read = readScore(typed);
    if ('refusal' in read) {
      errors[`scores.${field(d.number)}`] = read.refusal;
      return [];
    }
    return [{ indicator: d.number, score: read.score }];
  });
  let reportedTotal: number | null = null;
  if (values.reportedTotal.trim() !== '') {
    const read = readScore(values.reportedTotal);
    if ('refusal' in read) errors.reportedTotal = read.refusal;
    else reportedTotal = read.score;
  }
  const count = (path: 'reportedPassed' | 'reportedFailed') => {
    const typed = arabicDigits(values[path].trim());
    if (typed === '') return null;
    if (!/^\d{1,3}$/.test(typed) || Number(typed) > indicators) {
      errors[path] = { code: 'count.range', values: { max: indicators } };
      return null;
    }
    return Number(typed);
  };
  const passed = count('reportedPassed');
  const failed = count('reportedFailed');
  if ((passed === null) !== (failed === null) && !errors.reportedPassed && !errors.reportedFailed) {
    errors[passed === null ? 'reportedPassed' : 'reportedFailed'] = { code: 'count.pair', values: {} };
  }
  if (passed !== null && failed !== null && passed + failed > indicators) {
    errors.reportedFailed = { code: 'count.overTotal', values: { passed, failed, indicators } };
  }
  const level = levelSchema.safeParse(values.reportedLevel);
  const assessment: Assessment = {
    ...current,
    reportedTotal,
    reportedLevel: level.success ? level.data : null,
    reportedPassCount: passed !== null && failed !== null ? { passed, failed } : null,
    indicatorScores,
  };
  // The store's own schema has the last word on anything the fields above do not catch.
  const parsed = assessmentSchema.safeParse(assessment);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const schemaField = fieldErrorOf(issue);
      errors[schemaField.path] ??= { code: 'schema', values: {}, field: schemaField };
    }
  }
  return { assessment, errors };
}

export function scoreResolver(current: Assessment, framework: Framework, word: ScoreFaultWording): Resolver<ScoreFormValues> {
  return (values) => {
    const { errors } = readForm(values, current, framework);
    if (Object.keys(errors).length === 0) return { values, errors: {} };
    const fieldErrors: FieldErrors<ScoreFormValues> = {};
    for (const [path, fault] of Object.entries(errors)) {
      const message = word(fault);
      if (path.startsWith('scores.')) {
        fieldErrors.scores ??= {};
        (fieldErrors.scores as Record<string, { type: string; message: string }>)[path.slice('scores.'.length)] = { type: 'score', message };
      } else if (path === 'reportedTotal' || path === 'reportedPassed' || path === 'reportedFailed') fieldErrors[path] = { type: 'score', message };
      else fieldErrors.root = { type: 'schema', message } as FieldErrors<ScoreFormValues>['root'];
    }
    return { values: {}, errors: fieldErrors };
  };
}
