import type { Measure } from '../../domain/schemas/measure';
import { formatDateTime } from '../../i18n/dates';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';
import { TimeframeRead } from './TimeframeRead';

interface Props {
  message: string;
  theirs: Measure;
  /** The version the form started from, to say how many saves came between. */
  mineFrom: number;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Someone saved first: show what they saved beside the form, and let the person choose. */
export function ConflictNotice({ message, theirs, mineFrom, onKeepMine, onTakeTheirs }: Props) {
  const { t, locale } = useMessages(messages);
  return (
    <div role="alert" className="notice conflict">
      <p>
        <strong>{message}</strong>
      </p>
      <p>{t('conflict.theirs', { date: formatDateTime(theirs.updatedAt, locale), count: Math.max(1, theirs.version - mineFrom) })}</p>
      <dl className="facts">
        <div>
          <dt>{t('measure.title')}</dt>
          <dd>{theirs.title}</dd>
        </div>
        <div>
          <dt>{t('measure.timeframe')}</dt>
          <dd>
            {theirs.timeframe.raw || t('measure.none')}
            <TimeframeRead timeframe={theirs.timeframe} />
          </dd>
        </div>
        <div>
          <dt>{t('measure.followUp')}</dt>
          <dd>{theirs.followUp || t('measure.none')}</dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
