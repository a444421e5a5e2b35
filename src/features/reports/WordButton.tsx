import { useState } from 'react';
import type { MeasuresDocument } from '../../domain/reports/measuresDocument';
import { useMessages } from '../../i18n/featureMessages';
import { downloadBlob } from '../../ui/download';
import { messages } from './messages';
import type { Signatures } from './signatures';

interface Props {
  doc: MeasuresDocument;
  signatures: Signatures;
  numerals: 'thai' | 'arabic';
}

/**
 * The measures document as a Word file to edit before publishing. The Word writer is loaded
 * only when asked for: most visits never need it.
 */
export function WordButton({ doc, signatures, numerals }: Props) {
  const { t } = useMessages(messages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { measuresDocx } = await import('./measuresDocx');
      downloadBlob(`ita-measures-${doc.fiscalYear}.docx`, await measuresDocx(doc, signatures, numerals));
    } catch (e) {
      setError(t('reports.wordFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page. */}
      <button type="button" onClick={() => void save()} aria-disabled={busy}>
        {t('reports.word')}
      </button>
      <span role="status" className="hint">
        {busy ? t('reports.wordBusy') : ''}
      </span>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
