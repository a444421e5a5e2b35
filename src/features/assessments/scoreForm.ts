import type { FieldErrors, Resolver } from 'react-hook-form';
import { assessmentSchema, type Assessment } from '../../domain/schemas/assessment';
import { levelSchema, type Framework, type Level } from '../../domain/schemas/framework';
import { indicatorsOf } from '../../domain/scoring';
import { scoreFromText } from '../../domain/typedScore';
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
export function readForm(values: ScoreFormValues, current: Assessment, framework: Framework): { assessment: Assessment; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const indicatorScores = indicatorsOf(framework).flatMap((d) => {
    const typed = values.scores[field(d.number)] ?? '';
    if (typed.trim() === '') return [];
    const read = scoreFromText(typed);
    if ('problem' in read) {
      errors[`scores.${field(d.number)}`] = read.problem;
      return [];
    }
    return [{ indicator: d.number, score: read.score }];
  });
  let reportedTotal: number | null = null;
  if (values.reportedTotal.trim() !== '') {
    const read = scoreFromText(values.reportedTotal);
    if ('problem' in read) errors.reportedTotal = read.problem;
    else reportedTotal = read.score;
  }
  const count = (path: 'reportedPassed' | 'reportedFailed') => {
    const typed = arabicDigits(values[path].trim());
    if (typed === '') return null;
    if (!/^\d{1,3}$/.test(typed) || Number(typed) > indicatorsOf(framework).length) {
      errors[path] = `จำนวนตัวชี้วัดต้องเป็นจำนวนเต็ม 0–${indicatorsOf(framework).length}`;
      return null;
    }
    return Number(typed);
  };
  const passed = count('reportedPassed');
  const failed = count('reportedFailed');
  if ((passed === null) !== (failed === null) && !errors.reportedPassed && !errors.reportedFailed) {
    errors[passed === null ? 'reportedPassed' : 'reportedFailed'] = 'กรอกทั้งจำนวนที่ผ่านและไม่ผ่าน หรือเว้นว่างทั้งสองช่อง';
  }
  const indicators = indicatorsOf(framework).length;
  if (passed !== null && failed !== null && passed + failed > indicators) {
    errors.reportedFailed = `ผ่าน ${passed} และไม่ผ่าน ${failed} รวมกันเกิน ${indicators} ตัวชี้วัดของเกณฑ์ปีนี้`;
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
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { assessment, errors };
}

export function scoreResolver(current: Assessment, framework: Framework): Resolver<ScoreFormValues> {
  return (values) => {
    const { errors } = readForm(values, current, framework);
    if (Object.keys(errors).length === 0) return { values, errors: {} };
    const fieldErrors: FieldErrors<ScoreFormValues> = {};
    for (const [path, message] of Object.entries(errors)) {
      if (path.startsWith('scores.')) {
        fieldErrors.scores ??= {};
        (fieldErrors.scores as Record<string, { type: string; message: string }>)[path.slice('scores.'.length)] = { type: 'score', message };
      } else if (path === 'reportedTotal' || path === 'reportedPassed' || path === 'reportedFailed') fieldErrors[path] = { type: 'score', message };
      else fieldErrors.root = { type: 'schema', message } as FieldErrors<ScoreFormValues>['root'];
    }
    return { values: {}, errors: fieldErrors };
  };
}
