import { useI18n } from '../../i18n/i18n';
import { useErrorWords } from '../../i18n/useErrorWords';
import type { EvidenceRefusal } from '../../domain/evidence/refusals';
import { Alert } from '../Alert';
import { useEvidenceWords, type EvidenceHolder } from './useEvidenceWords';

/**
 * An update or finding with files that did not go through: why (a refusal of a file named in the
 * reader's language, the network, or the person's own cancel), that nothing typed or chosen was
 * lost, and the way to send it again as it stands. `refused` is the store's refusal of a file
 * (src/data/evidenceRefusal.ts), worded here rather than the error's own message.
 */
export function SendFailed({
  error,
  refused,
  cancelled,
  onSendAgain,
  holder,
  filesOnly = false,
}: {
  error: Error | null;
  refused: EvidenceRefusal | null;
  cancelled: boolean;
  onSendAgain: () => void;
  holder?: EvidenceHolder;
  /** Only files were being sent (files added to a finding): nothing typed to speak of keeping. */
  filesOnly?: boolean;
}) {
  const app = useI18n();
  const words = useErrorWords();
  const { t, refusal } = useEvidenceWords(holder);
  const why = cancelled ? t('evidence.cancelled') : app.t('common.saveFailed', { message: refused ? refusal(refused) : words.storeError(error) });
  return (
    <div className="send-failed">
      <Alert>
        {why} {t(filesOnly ? 'evidence.keptFiles' : 'evidence.kept')}
      </Alert>
      <button type="button" onClick={onSendAgain}>
        {t('evidence.sendAgain')}
      </button>
    </div>
  );
}
