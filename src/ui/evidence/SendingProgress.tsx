import { useId } from 'react';
import { sizeText } from '../../domain/evidence/limits';
import type { UploadShown } from './evidenceTypes';
import { useEvidenceWords } from './useEvidenceWords';

/**
 * While an update's or a finding's files go out: how much has gone, in bytes, and a way to stop. A store that
 * keeps them at once (the browser's) tells no progress: the bar then only says it is busy.
 */
export function SendingProgress({ upload, onCancel }: { upload: UploadShown | null; onCancel: () => void }) {
  const { t } = useEvidenceWords();
  const id = useId();
  const label = upload ? t('evidence.sending', { sent: sizeText(upload.sent), total: sizeText(upload.total) }) : t('evidence.saving');
  return (
    <div className="sending">
      <label htmlFor={id}>{label}</label>
      {upload ? <progress id={id} max={upload.total} value={upload.sent} /> : <progress id={id} />}
      <button type="button" onClick={onCancel}>
        {t('evidence.cancel')}
      </button>
    </div>
  );
}

/** Why the save button waits: a file chosen is still being read, hashed or shrunk. */
export function WaitForFiles({ id }: { id: string }) {
  const { t } = useEvidenceWords();
  return (
    <p id={id} className="hint">
      {t('evidence.waitPreparing')}
    </p>
  );
}
