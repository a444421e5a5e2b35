import { useMemo } from 'react';
import { storedTimeframe } from '../../domain/measureWrites';
import { parseTimeframe } from '../../domain/timeframe';
import { timeframePeriod } from '../../domain/timeframeFormat';
import { useMessages } from '../../i18n/featureMessages';
import { formatTimeframePeriod } from '../../i18n/timeframes';
import { messages } from './messages';
import { timeframeMessages } from './timeframeMessages';
import { usePlanYear } from './usePlanYear';

/**
 * What the store will read from a typed timeframe, said as the measure will show it: the period,
 * the plan year used when the text names none, and the parser's other remarks; or, when it cannot
 * be read, why. Empty for an empty field. Read against the same plan year the store will use.
 * Thai readers get the parser's own sentences, which quote the part that is off; others get the
 * words their catalog has for each code.
 */
export function useTimeframePreview(raw: string, assessmentId: string, measureId?: string): string {
  const { t, language } = useMessages(messages);
  const words = useMessages(timeframeMessages).t;
  const fiscalYear = usePlanYear(assessmentId, measureId);
  return useMemo(() => {
    if (!raw.trim()) return '';
    const parsed = parseTimeframe(raw, fiscalYear === undefined ? {} : { fiscalYear });
    const text = raw.trim();
    const warnings = parsed.warnings.map((w) => (language === 'th' ? w.message : words(`timeframe.warning.${w.code}`, { text })));
    const period = timeframePeriod(storedTimeframe(parsed));
    if (!period) return warnings.join(' ');
    return [
      t('newMeasure.timeframeRead', { period: formatTimeframePeriod(period, language) }),
      ...(parsed.readAsFiscalYear === null ? [] : [t('measure.readAsFiscalYear', { year: parsed.readAsFiscalYear })]),
      // The plan-year remark is said above; the others by their code.
      ...parsed.notes
        .filter((n) => n.code !== 'document-year')
        .map((n) => (language !== 'th' && n.code === 'bracket-disagrees' ? words('timeframe.note.bracket-disagrees') : n.message)),
      ...warnings,
    ].join(' · ');
  }, [raw, fiscalYear, language, t, words]);
}
