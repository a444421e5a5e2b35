import { useState } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { downloadBlob } from '../../ui/download';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

interface Props {
  fileName: string;
  /** Makes the file; it loads the Word writer itself, only when asked for: most visits never need it. */
  make: () => Promise<Blob>;
}

/** A document as a Word file to edit before publishing. */
export function WordButton({ fileName, make }: Props) {
  const { t } = useMessages(messages);
  const [busy, setBusy] = useState(false);
  // The failure itself, worded as it is shown: a switch of language rewords it.
  const [error, setError] = useState<{ reason: string } | null>(null);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      downloadBlob(fileName, await make());
    } catch (e) {
      setError({ reason: e instanceof Error ? e.message : String(e) });
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
        <Alert>
          {t('reports.wordFailed', error)}
        </Alert>
      )}
    </>
  );
}
