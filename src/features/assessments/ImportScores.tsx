import { useId, useRef, useState } from 'react';
import { useSaveAssessment } from '../../data/mutations';
import { applyImport } from '../../domain/import/applyImport';
import { readScoreFile, type ImportRow } from '../../domain/import/scoreImport';
import { scoreTemplate } from '../../domain/import/template';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import { downloadText } from '../../ui/download';
import { messages } from './messages';

// A year's scores fit in a few kilobytes; anything near this is not a score file.
const MAX_BYTES = 5 * 1024 * 1024;

type Step =
  | { step: 'choose' }
  | { step: 'refused'; file: string; problem: string }
  | { step: 'preview'; file: string; rows: ImportRow[] }
  | { step: 'done'; file: string; count: number };

/** Read, show every row, confirm: the assessment changes only when every row is good. */
export function ImportScores({ assessment, framework }: { assessment: Assessment; framework: Framework }) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const save = useSaveAssessment();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const year = assessment.fiscalYear;

  const choose = async (files: FileList | null) => {
    save.reset();
    const chosen = files?.[0];
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BYTES) return setState({ step: 'refused', file: chosen.name, problem: t('import.tooLarge') });
    const read = readScoreFile(await chosen.text(), chosen.name, framework, year);
    // Cleared at once, so choosing the same file again after fixing it reads it again.
    if (input.current) input.current.value = '';
    setState(read.ok ? { step: 'preview', file: chosen.name, rows: read.rows } : { step: 'refused', file: chosen.name, problem: read.problem });
  };
  const confirm = (file: string, rows: ImportRow[]) =>
    save.mutate(applyImport(assessment, rows), {
      onSuccess: () => setState({ step: 'done', file, count: rows.length }),
    });

  const bad = state.step === 'preview' ? state.rows.filter((r) => r.problems.length > 0).length : 0;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => downloadText(`ita-${year}-indicators.csv`, scoreTemplate('indicators', framework, year), 'text/csv')}>
          {t('import.templateIndicators')}
        </button>
        <button type="button" onClick={() => downloadText(`ita-${year}-oit.csv`, scoreTemplate('oItems', framework, year), 'text/csv')}>
          {t('import.templateOItems')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('import.file', { year })}</label>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          onChange={(e) => void choose(e.target.files)}
        />
      </div>
      {state.step === 'refused' && (
        <p role="alert" className="field-error">
          {t('import.refused', { file: state.file, problem: state.problem })}
        </p>
      )}
      {state.step === 'preview' && (
        <>
          <div className="table-scroll">
            <table className="import-preview">
              <caption>{t('import.previewCaption', { file: state.file, good: state.rows.length - bad, bad })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.col.row')}</th>
                  <th scope="col">{t('import.col.item')}</th>
                  <th scope="col">{t('import.col.score')}</th>
                  <th scope="col">{t('import.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {state.rows.map((r) => (
                  <tr key={r.row} className={r.problems.length ? 'row-bad' : undefined}>
                    <th scope="row">{r.row}</th>
                    <td>{r.value ? (r.value.kind === 'indicator' ? t('import.indicator', { number: r.value.indicator }) : r.value.code) : '—'}</td>
                    <td>{r.value ? formatScore(r.value.score, locale) : '—'}</td>
                    <td>{r.problems.length ? <span className="field-error">✕ {r.problems.join(' · ')}</span> : <span>✓ {t('import.ok')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad > 0 ? (
            <p className="notice">{t('import.fixFirst')}</p>
          ) : (
            <div className="actions">
              <button type="submit" disabled={save.isPending} onClick={() => confirm(state.file, state.rows)}>
                {t('import.confirm', { count: state.rows.length })}
              </button>
            </div>
          )}
        </>
      )}
      <p role="status" className="form-status">
        {state.step === 'done' && t('import.done', { file: state.file, count: state.count })}
      </p>
      {save.isError && (
        <p role="alert" className="field-error">
          {t('import.failed', { message: save.error.message })}
        </p>
      )}
    </section>
  );
}
