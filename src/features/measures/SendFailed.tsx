import { useI18n } from '../../i18n/i18n';
import { useErrorWords } from '../../i18n/useErrorWords';
import { Alert } from '../../ui/Alert';
import { evidenceRefusalOf, useEvidenceWords } from './useEvidenceWords';

/**
 * An update with files that did not go through: why (a refusal of a file named in the reader's
 * language, the network, or the person's own cancel), that nothing typed or chosen was lost, and
 * the way to send it again as it stands.
 */
export function SendFailed({ error, cancelled, onSendAgain }: { error: Error | null; cancelled: boolean; onSendAgain: () => void }) {
  const app = useI18n();
  const words = useErrorWords();
  const { t, refusal } = useEvidenceWords();
  const refused = evidenceRefusalOf(error);
  const why = cancelled ? t('evidence.cancelled') : app.t('common.saveFailed', { message: refused ? refusal(refused) : words.storeError(error) });
  return (
    <div className="send-failed">
      <Alert>
        {why} {t('evidence.kept')}
      </Alert>
      <button type="button" onClick={onSendAgain}>
        {t('evidence.sendAgain')}
      </button>
    </div>
  );
}
