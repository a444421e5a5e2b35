import { useId, type Dispatch, type SetStateAction } from 'react';
import type { AssessmentSummary } from '../../../domain/assessmentSummary';
import { whatIf } from '../../../domain/scoring';
import { readScore } from '../../../domain/typedScore';
import type { IndicatorScore } from '../../../domain/schemas/assessment';
import { useMessages } from '../../../i18n/featureMessages';
import { formatScore } from '../../../i18n/numbers';
import { FieldError } from '../../../ui/FieldError';
import { messages } from './messages';

/** A typed score, or null when it is not one: the field's own words say so and why the real score stands. */
const readTypedScore = (text: string): number | null => {
  const read = readScore(text);
  return 'score' in read ? read.score : null;
};

interface WhatIfProps {
  summary: AssessmentSummary;
  drafts: Record<number, string>;
  setDrafts: Dispatch<SetStateAction<Record<number, string>>>;
  name: (indicator: number) => string;
}

/** Scores typed here change the figures on screen only; no store is touched. */
export function WhatIf({ summary, drafts, setDrafts, name }: WhatIfProps) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const { framework, assessment, computed } = summary;
  const score = (n: number) => formatScore(n, locale);
  const real = [...assessment.indicatorScores].sort((a, b) => a.indicator - b.indicator);
  const changes: IndicatorScore[] = real.flatMap((s) => {
    const typed = drafts[s.indicator];
    if (typed === undefined) return [];
    const value = readTypedScore(typed);
    return value === null || value === s.score ? [] : [{ indicator: s.indicator, score: value }];
  });
  const result = whatIf(framework, assessment.indicatorScores, changes);
  const base = computed.total === null ? '' : score(computed.total);
  const change = result.change ?? 0;

  return (
    <form className="what-if" aria-labelledby={`${id}-heading`} onSubmit={(e) => e.preventDefault()}>
      <h3 id={`${id}-heading`}>{t('whatIf.heading')}</h3>
      <p className="hint">{t('whatIf.intro')}</p>
      {/* The way back to the real scores rides with the result: a sticky bar would otherwise
          cover a button left at the form's foot as the form scrolls out. */}
      <div className="what-if-bar">
        <output className="what-if-result" aria-live="polite">
          {result.total === null || result.level === null ? (
            t('whatIf.incomplete')
          ) : (
            <>
              <strong>{t('whatIf.result', { total: score(result.total), level: result.level })}</strong>
              <span>
                {change > 0
                  ? t('whatIf.changeUp', { points: score(change), base })
                  : change < 0
                    ? t('whatIf.changeDown', { points: score(-change), base })
                    : t('whatIf.changeNone', { base })}
              </span>
              {changes.length > 0 && <span className="hint">{t('whatIf.changed', { count: changes.length })}</span>}
            </>
          )}
        </output>
        <button type="button" className="small-button" onClick={() => setDrafts({})} disabled={Object.keys(drafts).length === 0}>
          {t('whatIf.reset')}
        </button>
      </div>
      <div className="what-if-fields">
        {real.map((s) => {
          const typed = drafts[s.indicator] ?? score(s.score);
          const invalid = drafts[s.indicator] !== undefined && readTypedScore(typed) === null;
          const fieldId = `${id}-i${s.indicator}`;
          return (
            <div key={s.indicator} className="field">
              <label htmlFor={fieldId}>{t('whatIf.field', { number: s.indicator, name: name(s.indicator) })}</label>
              <input
                id={fieldId}
                inputMode="decimal"
                autoComplete="off"
                value={typed}
                aria-invalid={invalid}
                aria-describedby={invalid ? `${fieldId}-error` : undefined}
                className={drafts[s.indicator] !== undefined && readTypedScore(typed) !== s.score ? 'changed' : undefined}
                onChange={(e) => setDrafts((d) => ({ ...d, [s.indicator]: e.target.value }))}
              />
              {invalid && (
                <FieldError id={`${fieldId}-error`} message={t('whatIf.invalid', { score: score(s.score) })} />
              )}
            </div>
          );
        })}
      </div>
    </form>
  );
}
