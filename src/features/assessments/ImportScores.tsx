import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSaveAssessment } from '../../data/mutations';
import { useAssessments } from '../../data/queries';
import { problem } from '../../domain/import/problems';
import { applyImport } from '../../domain/import/applyImport';
import type { ImportRow } from '../../domain/import/scoreImport';
import { scoreTemplate } from '../../domain/import/template';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { formatCount, formatScore } from '../../i18n/numbers';
import { useLangLink } from '../../i18n/langLink';
import { downloadText } from '../../ui/download';
import { ImportFacts, statedTotal } from './ImportFacts';
import { ImportPreview } from './ImportPreview';
import { readChosenFile, readSheet, type ImportRead } from './importRead';
import { messages } from './messages';
import { useImportWords } from './useImportWords';
import { Alert } from '../../ui/Alert';

// A year's scores fit in a few kilobytes, a workbook of them in a few dozen; anything near this is not a score file.
const MB = 1024 * 1024;
const MAX_BYTES = 5 * MB;
const ACCEPT = [
  '.csv',
  '.tsv',
  '.txt',
  '.json',
  '.xlsx',
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

type Step = { step: 'choose' } | { step: 'reading'; file: string } | { step: 'read'; read: ImportRead } | { step: 'done'; file: string; count: number };

/** Read, show every row, confirm: the assessment changes only when every row is good. */
export function ImportScores({ assessment, framework }: { assessment: Assessment; framework: Framework }) {
  const { t, locale } = useMessages(messages);
  const errorWords = useErrorWords();
  const words = useImportWords();
  const withLang = useLangLink();
  const assessments = useAssessments();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // Only the latest choice may show: a workbook read slowly must not replace a file chosen after it.
  const latest = useRef(0);
  const save = useSaveAssessment();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const year = assessment.fiscalYear;

  const choose = async (files: FileList | null) => {
    save.reset();
    const chosen = files?.[0];
    const turn = (latest.current += 1);
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BYTES) {
      // Rounded up, so a file just past the limit never reads as the limit itself.
      const size = formatScore(Math.ceil((chosen.size / MB) * 100) / 100, locale);
      const tooLarge = problem('file.tooLarge', { size, limit: formatCount(MAX_BYTES / MB, locale) });
      return setState({ step: 'read', read: { file: chosen.name, result: { ok: false, problem: tooLarge }, workbook: null } });
    }
    setState({ step: 'reading', file: chosen.name });
    let read: ImportRead;
    try {
      read = await readChosenFile(chosen, framework, year);
    } catch (error) {
      // The browser could not hand over the bytes (the file moved or lost permission since it was picked).
      const unreadable = problem('file.unreadable', { message: error instanceof Error ? error.message : String(error) });
      read = { file: chosen.name, result: { ok: false, problem: unreadable }, workbook: null };
    }
    // Cleared at once, so choosing the same file again after fixing it reads it again.
    if (input.current) input.current.value = '';
    if (turn === latest.current) setState({ step: 'read', read });
  };
  const pickSheet = (read: ImportRead, chosen: number) => {
    if (!read.workbook) return;
    save.reset();
    setState({ step: 'read', read: readSheet(read.file, read.workbook.sheets, chosen, framework, year) });
  };
  const confirm = (file: string, rows: ImportRow[], total: number | null) =>
    save.mutate(applyImport(assessment, rows, total), {
      onSuccess: () => setState({ step: 'done', file, count: rows.length }),
    });

  const read = state.step === 'read' ? state.read : null;
  const result = read?.result;
  const bad = result?.ok ? result.rows.filter((r) => r.problems.length > 0).length : 0;
  const fileYear = result && !result.ok ? result.fileYear : undefined;
  const started = fileYear !== undefined && assessments.data?.some((a) => a.fiscalYear === fileYear);
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
        <input id={`${id}-file`} ref={input} type="file" accept={ACCEPT} onChange={(e) => void choose(e.target.files)} />
      </div>
      {read?.workbook && read.workbook.sheets.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-sheet`}>{t('import.sheet')}</label>
          <select
            id={`${id}-sheet`}
            value={read.workbook.chosen}
            aria-describedby={read.workbook.passedOver?.length ? `${id}-sheet-hint` : undefined}
            onChange={(e) => pickSheet(read, Number(e.target.value))}
          >
            {read.workbook.sheets.map((sheet, i) => (
              <option key={`${i}-${sheet.name}`} value={i}>
                {sheet.name}
              </option>
            ))}
          </select>
          {read.workbook.passedOver?.length ? (
            <p id={`${id}-sheet-hint`} className="hint">
              {t('import.sheetPassedOver', { sheets: read.workbook.passedOver.map((n) => `"${n}"`).join(', ') })}
            </p>
          ) : null}
        </div>
      )}
      {read && result && !result.ok && (
        <Alert>
          {t('import.refused', { file: read.file, problem: words.refusal(result) })}
        </Alert>
      )}
      {fileYear !== undefined && (
        // The file is another year's: one way to that year, started or not, instead of a refusal per row.
        <div className="notice" role="note">
          {!started && <p>{t('import.yearNotStarted', { fileYear })}</p>}
          <Link className="button-link" to={withLang(started ? `/assessments?year=${fileYear}` : `/assessments?year=${year}&start=${fileYear}`)}>
            {t(started ? 'import.goToYear' : 'import.startYear', { fileYear })}
          </Link>
        </div>
      )}
      {read && result?.ok && (
        <>
          <ImportFacts read={result} assessment={assessment} framework={framework} />
          <ImportPreview file={read.file} rows={result.rows} />
          {bad > 0 ? (
            <p className="notice" role="note">
              {t('import.fixFirst')}
            </p>
          ) : (
            <div className="actions">
              <button type="button" className="primary" disabled={save.isPending} onClick={() => confirm(read.file, result.rows, statedTotal(result, framework, assessment))}>
                {t('import.confirm', { count: result.rows.length })}
              </button>
            </div>
          )}
        </>
      )}
      <p role="status" className="form-status">
        {state.step === 'reading' && t('import.reading', { file: state.file })}
        {/* The result of a read, said to a screen reader too; a refusal is said by its alert. */}
        {result?.ok && t('import.readSummary', { good: result.rows.length - bad, bad })}
        {state.step === 'done' && t('import.done', { file: state.file, count: state.count })}
      </p>
      {save.isError && (
        <Alert>
          {t('import.failed', { message: errorWords.storeError(save.error) })}
        </Alert>
      )}
    </section>
  );
}
