import type { Timeframe } from '../../domain/schemas/measure';
import { describeTimeframe } from '../../domain/timeframeFormat';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';

/**
 * How a stored timeframe was read, after the text as typed: the period, to the day only where
 * days say more than months, and the plan year used when the text named none. Nothing when the
 * text was not read: the text alone is then all there is. The parser's doubts (the brackets won
 * over the text) follow as a warning, so a reading that may be wrong is never shown as sure.
 */
export function TimeframeRead({ timeframe }: { timeframe: Timeframe }) {
  const { t, language } = useMessages(messages);
  const described = describeTimeframe(timeframe, language);
  if (!described) return null;
  return (
    <>
      <span className="hint">
        {' '}
        {t('measure.timeframeParsed', { period: described.period })}
        {timeframe.readAsFiscalYear !== undefined && ` ${t('measure.readAsFiscalYear', { year: timeframe.readAsFiscalYear })}`}
      </span>
      {timeframe.notes?.map((note) => (
        <span key={note} className="hint timeframe-note">
          {' '}
          <span aria-hidden="true" className="warn-icon">
            ⚠
          </span>{' '}
          {t('measure.timeframeNote')} {/* The parser's remark quotes the Thai text, in Thai. */}
          <span lang="th">{note}</span>
        </span>
      ))}
    </>
  );
}
