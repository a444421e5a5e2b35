import type { Timeframe } from '../../domain/schemas/measure';
import { storedNoteCode, timeframePeriod } from '../../domain/timeframeFormat';
import { useMessages } from '../../i18n/featureMessages';
import { formatTimeframePeriod } from '../../i18n/timeframes';
import { messages } from './messages';
import { timeframeMessages } from './timeframeMessages';

/**
 * How a stored timeframe was read, after the text as typed: the period, to the day only where
 * days say more than months, and the plan year used when the text named none. Nothing when the
 * text was not read: the text alone is then all there is. The parser's doubts (the brackets won
 * over the text) follow as a warning, so a reading that may be wrong is never shown as sure.
 */
export function TimeframeRead({ timeframe }: { timeframe: Timeframe }) {
  const { t, language } = useMessages(messages);
  const words = useMessages(timeframeMessages);
  const period = timeframePeriod(timeframe);
  if (!period) return null;
  return (
    <>
      <span className="hint">
        {' '}
        {t('measure.timeframeParsed', { period: formatTimeframePeriod(period, language) })}
        {timeframe.readAsFiscalYear !== undefined && ` ${t('measure.readAsFiscalYear', { year: timeframe.readAsFiscalYear })}`}
      </span>
      {timeframe.notes?.map((note) => {
        // The Thai remark quotes the text and both readings; English says what it means, and a
        // remark it has no words for is shown as written, in Thai.
        const code = language === 'th' ? null : storedNoteCode(note);
        return (
          <span key={note} className="hint timeframe-note">
            {' '}
            <span aria-hidden="true" className="warn-icon">
              ⚠
            </span>{' '}
            {t('measure.timeframeNote')} {code ? words.t(`timeframe.note.${code}`) : <span lang="th">{note}</span>}
          </span>
        );
      })}
    </>
  );
}
