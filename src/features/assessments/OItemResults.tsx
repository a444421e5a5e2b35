import { useId, useRef, useState } from 'react';
import { useSaveAssessment } from '../../data/mutations';
import type { Assessment, OItemResult } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { readScore, type ScoreRefusal } from '../../domain/typedScore';
import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import { FieldError } from '../../ui/FieldError';
import { messages } from './messages';
import { SaveFailed } from '../../ui/SaveFailed';
import { useImportWords } from './useImportWords';

interface Props {
  assessment: Assessment;
  framework: Framework | undefined;
  canEdit: boolean;
}

/** The year's O-item results: read by everyone, corrected one at a time by the planning officer. */
export function OItemResults({ assessment, framework, canEdit }: Props) {
  const { t, locale } = useMessages(messages);
  // One save for the list and the form: each writes the whole assessment, so two at once
  // would overwrite each other, and every button waits while one is on its way.
  const save = useSaveAssessment();
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const nameOf = (code: string) => framework?.oItems.find((o) => o.code === code)?.name ?? '';
  const remove = (code: string) => {
    setRemoved(null);
    save.mutate(
      { ...assessment, oItemResults: assessment.oItemResults.filter((r) => r.code !== code) },
      {
        onSuccess: () => {
          setRemoved(code);
          // The button pressed is gone with its row: the list's heading takes the focus.
          heading.current?.focus();
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="oitems-heading">
      <h2 id="oitems-heading" ref={heading} tabIndex={-1}>
        {t('assessments.oItems')}
      </h2>
      {assessment.oItemResults.length === 0 ? (
        <p>{t('assessments.noOItems')}</p>
      ) : (
        <ul className="oitem-list">
          {assessment.oItemResults.map((r) => (
            <li key={r.code}>
              <strong>
                {r.code} {nameOf(r.code)}
              </strong>{' '}
              {t('assessments.col.score')} {r.score === null ? '—' : formatScore(r.score, locale)}
              {r.assessorComment && (
                <p className="hint" lang="th">
                  {t('assessments.col.comment')}: {r.assessorComment}
                </p>
              )}
              {canEdit && (
                <button type="button" className="secondary" disabled={save.isPending} aria-label={t('oItem.removeLabel', { code: r.code })} onClick={() => remove(r.code)}>
                  {t('oItem.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="form-status">
        {removed && t('oItem.removed', { code: removed })}
      </p>
      {canEdit && framework && <OItemResultForm key={assessment.fiscalYear} assessment={assessment} framework={framework} save={save} />}
    </section>
  );
}

/** One result, typed: choosing an item already recorded fills in what is recorded, to correct it. */
function OItemResultForm({ assessment, framework, save }: { assessment: Assessment; framework: Framework; save: ReturnType<typeof useSaveAssessment> }) {
  const { t } = useMessages(messages);
  const id = useId();
  const [code, setCode] = useState('');
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const scoreWords = useImportWords();
  // Kept as what is wrong, not as words, so a change of language rewords them.
  const [problems, setProblems] = useState<{ code?: boolean; score?: ScoreRefusal }>({});
  const [saved, setSaved] = useState<string | null>(null);
  const choose = (next: string) => {
    setCode(next);
    // What is recorded for the item, or nothing: never the previous item's words under this code.
    const recorded = assessment.oItemResults.find((r) => r.code === next);
    setScore(recorded?.score == null ? '' : recorded.score.toFixed(2));
    setComment(recorded?.assessorComment ?? '');
  };
  const submit = () => {
    save.reset();
    setSaved(null);
    const found: typeof problems = {};
    if (!framework.oItems.some((o) => o.code === code)) found.code = true;
    const read = score.trim() === '' ? null : readScore(score);
    if (read && 'refusal' in read) found.score = read.refusal;
    setProblems(found);
    if (found.code || found.score) return;
    const result: OItemResult = { code, score: read && 'score' in read ? read.score : null, assessorComment: comment.trim() };
    const others = assessment.oItemResults.filter((r) => r.code !== code);
    // In the framework's order, as the assessor's table lists them.
    const order = framework.oItems.map((o) => o.code);
    const oItemResults = [...others, result].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
    save.mutate({ ...assessment, oItemResults }, { onSuccess: () => setSaved(code) });
  };
  return (
    <form
      className="form oitem-form"
      aria-labelledby={`${id}-h`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-h`}>{t('oItem.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('oItem.code')}</label>
        <select id={`${id}-code`} value={code} aria-invalid={!!problems.code} aria-describedby={`${id}-code-error`} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('oItem.chooseCode')}</option>
          {framework.oItems.map((o) => (
            <option key={o.code} value={o.code}>
              {o.code} {o.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-code-error`} message={problems.code ? t('oItem.chooseCode') : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-score`}>{t('oItem.score')}</label>
        <input id={`${id}-score`} inputMode="decimal" autoComplete="off" value={score} aria-invalid={!!problems.score} aria-describedby={`${id}-score-error`} onChange={(e) => setScore(e.target.value)} />
        <FieldError id={`${id}-score-error`} message={problems.score && scoreWords.score(problems.score)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('assessments.col.comment')}</label>
        <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <button type="submit" disabled={save.isPending}>
        {t('oItem.save')}
      </button>
      <p role="status" className="form-status">
        {saved && t('oItem.saved', { code: saved })}
      </p>
      <SaveFailed error={save.error} />
    </form>
  );
}
