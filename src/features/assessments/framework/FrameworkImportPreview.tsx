import { useId } from 'react';
import { useSaveFramework } from '../../../data/mutations';
import { useFindings, useMeasuresOf } from '../../../data/queries';
import { isStoreError } from '../../../data/storeError';
import { frameworkChanges } from '../../../domain/frameworkChanges';
import { frameworkOrphans } from '../../../domain/frameworkFit';
import type { Assessment } from '../../../domain/schemas/assessment';
import type { Framework } from '../../../domain/schemas/framework';
import { formatDateTime } from '../../../i18n/dates';
import { useMessages } from '../../../i18n/featureMessages';
import { useErrorWords } from '../../../i18n/useErrorWords';
import { FrameworkFacts } from './FrameworkFacts';
import { useFrameworkWords } from './frameworkWords';
import { messages } from './messages';
import { Alert } from '../../../ui/Alert';

interface Props {
  file: string;
  exportedAt: string;
  framework: Framework;
  pageYear: number;
  /** The framework stored for the file's year, which it would replace. */
  stored: Framework | undefined;
  /** The file's year's assessment, whose records the framework must still fit, as in the editor. */
  assessment: Assessment | undefined;
  onCancel: () => void;
  onSaved: (framework: Framework) => void;
}

/**
 * What a framework file holds and what saving it would change, checked against the year's
 * records the way the editor checks a save, and saved through the editor's own mutation (the
 * store checks it all again).
 */
export function FrameworkImportPreview({ file, exportedAt, framework, pageYear, stored, assessment, onCancel, onSaved }: Props) {
  const { t, locale } = useMessages(messages);
  const words = useErrorWords();
  const frameworkWords = useFrameworkWords();
  const id = useId();
  const save = useSaveFramework();
  const findings = useFindings(assessment?.id);
  const measures = useMeasuresOf(assessment?.id, true);
  const year = framework.fiscalYear;
  const uses = !assessment ? { findings: [], measures: [] } : findings.data && measures.data ? { assessment, findings: findings.data, measures: measures.data } : null;
  const orphans = uses ? frameworkOrphans(framework, uses) : [];
  const changes = stored ? frameworkChanges(stored, framework) : null;
  const same = changes !== null && changes.length === 0;
  const canSave = uses !== null && orphans.length === 0 && !same;

  return (
    <section className="framework-import" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('framework.importPreview', { file, exportedAt: formatDateTime(exportedAt, locale) })}</h3>
      <FrameworkFacts framework={framework} detailed />
      {year !== pageYear && <p className="notice">{t('framework.importOtherYear', { fileYear: year, year: pageYear })}</p>}
      {changes === null ? (
        <p>{t('framework.importNew', { year })}</p>
      ) : same ? (
        <p>{t('framework.importSame', { year })}</p>
      ) : (
        <>
          <p>{t('framework.importChanges', { year, count: changes.length })}</p>
          <ul className="framework-changes">
            {changes.map((change) => frameworkWords.change(change)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {!uses && <p role="status">{t('framework.importChecking', { year })}</p>}
      {/* It arrives once the year's records load, taking the save button with it: said aloud, once. */}
      {orphans.length > 0 && (
        <Alert block>
          <p>{t('framework.importBlocked', { year })}</p>
          <ul>
            {orphans.map((o) => frameworkWords.problem(o)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
      {canSave && year === pageYear && stored && <p className="hint">{t('framework.importFormReplaced')}</p>}
      <div className="actions">
        {canSave && (
          <button type="button" className="primary" disabled={save.isPending} onClick={() => save.mutate(framework, { onSuccess: onSaved })}>
            {t('framework.importConfirm', { year })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('framework.importCancel')}
        </button>
      </div>
      {save.isError && (
        <Alert>
          {t('framework.importFailed', {
            message: isStoreError(save.error, 'validation') && save.error.detail.kind === 'validation' ? save.error.detail.fields.map(frameworkWords.savedField).join(' · ') : words.storeError(save.error),
          })}
        </Alert>
      )}
    </section>
  );
}
