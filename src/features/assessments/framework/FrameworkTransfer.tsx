import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { readFrameworkFile, frameworkFileName, serialiseFramework, type FrameworkFileProblem } from '../../../domain/frameworkTransfer';
import type { Assessment } from '../../../domain/schemas/assessment';
import type { Framework } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import { useLangLink } from '../../../i18n/langLink';
import { downloadText } from '../../../ui/download';
import { FrameworkImportPreview } from './FrameworkImportPreview';
import { useFrameworkWords } from './frameworkWords';
import { messages } from './messages';
import { Alert } from '../../../ui/Alert';

// A framework with a hundred O-items is some 40 KB; anything near this is not a framework file.
const MAX_BYTES = 1024 * 1024;

type Step =
  | { step: 'choose' }
  /** Refused by the file reader, or before it by the browser (too large, unreadable). */
  | { step: 'refused'; file: string; problem: FrameworkFileProblem | { code: 'tooLarge' | 'unreadable' } }
  | { step: 'preview'; file: string; framework: Framework; exportedAt: string }
  | { step: 'done'; file: string; year: number };

interface Props {
  /** The year of the page. */
  year: number;
  /** That year's framework as stored; none when the page shows a copy of an earlier year's. */
  own: Framework | undefined;
  frameworks: readonly Framework[];
  assessments: readonly Assessment[];
  /** Null when the person may not change frameworks: they may still hand this year's on. */
  canImport: boolean;
  /** After a framework was saved from a file, so the page can show it in place of the form's. */
  onImported: (framework: Framework) => void;
}

/**
 * A year's framework handed between agencies as a file: exported as it is stored, and imported
 * through the editor's own checks and save, after the person has seen what it holds and what
 * it would change.
 */
export function FrameworkTransfer({ year, own, frameworks, assessments, canImport, onImported }: Props) {
  const { t } = useMessages(messages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [exported, setExported] = useState<string | null>(null);

  const exportFile = (framework: Framework) => {
    const file = frameworkFileName(framework.fiscalYear);
    downloadText(file, serialiseFramework(framework, new Date()));
    setExported(file);
  };
  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    // Cleared at once, so choosing the same file again after mending it reads it again.
    if (input.current) input.current.value = '';
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BYTES) return setState({ step: 'refused', file: chosen.name, problem: { code: 'tooLarge' } });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      // Moved, deleted or no longer permitted since it was chosen: the browser cannot read it.
      return setState({ step: 'refused', file: chosen.name, problem: { code: 'unreadable' } });
    }
    const read = readFrameworkFile(text);
    setState(read.ok ? { step: 'preview', file: chosen.name, framework: read.framework, exportedAt: read.exportedAt } : { step: 'refused', file: chosen.name, problem: read.problem });
  };

  return (
    <section className="card framework-transfer" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('framework.transfer')}</h2>
      <p className="hint">{t('framework.transferIntro')}</p>
      {own ? (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => exportFile(own)}>
            {t('framework.export', { year })}
          </button>
        </div>
      ) : (
        <p>{t('framework.exportNone', { year })}</p>
      )}
      <p role="status" className="form-status">
        {exported && t('framework.exported', { file: exported })}
      </p>
      {canImport && (
        <>
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('framework.importFile')}</label>
            <input id={`${id}-file`} ref={input} type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files)} />
          </div>
          {state.step === 'refused' && <Refusal file={state.file} problem={state.problem} />}
          {state.step === 'preview' && (
            <FrameworkImportPreview
              key={state.file}
              file={state.file}
              exportedAt={state.exportedAt}
              framework={state.framework}
              pageYear={year}
              stored={frameworks.find((f) => f.fiscalYear === state.framework.fiscalYear)}
              assessment={assessments.find((a) => a.fiscalYear === state.framework.fiscalYear)}
              onCancel={() => setState({ step: 'choose' })}
              onSaved={(saved) => {
                setState({ step: 'done', file: state.file, year: saved.fiscalYear });
                onImported(saved);
              }}
            />
          )}
          <p role="status" className="form-status">
            {state.step === 'done' && t('framework.imported', { year: state.year, file: state.file })}
          </p>
          {state.step === 'done' && state.year !== year && <ImportedElsewhere year={state.year} started={assessments.some((a) => a.fiscalYear === state.year)} />}
        </>
      )}
    </section>
  );
}

function Refusal({ file, problem }: { file: string; problem: Extract<Step, { step: 'refused' }>['problem'] }) {
  const { t } = useMessages(messages);
  const words = useFrameworkWords();
  const issues = 'issues' in problem ? problem.issues : [];
  const said = 'issues' in problem ? words.fileProblem(problem) : t(problem.code === 'tooLarge' ? 'framework.importTooLarge' : 'framework.importUnreadable');
  return (
    <Alert block>
      <p>{t('framework.importRefused', { file, problem: said })}</p>
      {issues.length > 1 && (
        <>
          <p>{t('framework.importIssues')}</p>
          <ul>
            {issues.map((issue, k) => (
              <li key={k}>
                {words.fileIssue(issue)} <code>{issue.path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}

function ImportedElsewhere({ year, started }: { year: number; started: boolean }) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  return started ? (
    <p>
      <Link to={withLang(`/assessments/framework?year=${year}`)}>{t('framework.importOpen', { year })}</Link>
    </p>
  ) : (
    <p>{t('framework.importStartYear', { year })}</p>
  );
}
