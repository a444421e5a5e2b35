import { useMemo } from 'react';
import { storedTimeframe } from '../../domain/measureWrites';
import { parseTimeframe } from '../../domain/timeframe';
import { describeTimeframe } from '../../domain/timeframeFormat';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';
import { usePlanYear } from './usePlanYear';

/**
 * What the store will read from a typed timeframe, said as the measure will show it: the period,
 * the plan year used when the text names none, and the parser's other remarks; or, when it cannot
 * be read, why. Empty for an empty field. Read against the same plan year the store will use.
 */
export function useTimeframePreview(raw: string, assessmentId: string, measureId?: string): string {
  const { t, language } = useMessages(messages);
  const fiscalYear = usePlanYear(assessmentId, measureId);
  return useMemo(() => {
    if (!raw.trim()) return '';
    const parsed = parseTimeframe(raw, fiscalYear === undefined ? {} : { fiscalYear });
    const described = describeTimeframe(storedTimeframe(parsed), language);
    if (!described) return parsed.warnings.map((w) => w.message).join(' ');
    return [
      t('newMeasure.timeframeRead', { period: described.period }),
      ...(parsed.readAsFiscalYear === null ? [] : [t('measure.readAsFiscalYear', { year: parsed.readAsFiscalYear })]),
      // The plan-year remark is said above in the reader's language; the others as the parser puts them.
      ...parsed.notes.filter((n) => n.code !== 'document-year').map((n) => n.message),
      ...parsed.warnings.map((w) => w.message),
    ].join(' · ');
  }, [raw, fiscalYear, language, t]);
}
