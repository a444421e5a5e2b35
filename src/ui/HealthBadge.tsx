import { useId } from 'react';
import type { HealthReading } from '../domain/measureHealth';
import { useMessages } from '../i18n/featureMessages';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from './healthLabels';
import { healthMessages } from './healthMessages';

function useExplanation(reading: HealthReading): string {
  const { t } = useMessages(healthMessages);
  const { reason } = reading;
  switch (reason.code) {
    case 'done':
      return t('healthWhy.done', { status: t(MEASURE_STATUS_LABELS[reason.status]) });
    case 'cancelled':
      return t('healthWhy.cancelled');
    case 'past-end':
      return t('healthWhy.pastEnd', { days: reason.daysLate });
    case 'blocked':
      return t('healthWhy.blocked');
    case 'behind':
      return t('healthWhy.behind', { percent: reason.percent, expected: reason.expected });
    case 'no-update-yet':
      return t('healthWhy.noUpdateYet', { expected: reason.expected });
    case 'not-due-yet':
      return t('healthWhy.notDueYet');
    case 'before-start':
      return t('healthWhy.beforeStart');
    case 'on-pace':
      return t('healthWhy.onPace', { percent: reason.percent, expected: reason.expected });
    case 'no-timeframe':
      return t('healthWhy.noTimeframe');
    case 'deadline-ahead': {
      const { daysLeft, percent } = reason;
      if (daysLeft === 0) return percent === null ? t('healthWhy.dueToday') : t('healthWhy.dueTodayPercent', { percent });
      const span = t('healthWhy.days', { count: daysLeft });
      return percent === null ? t('healthWhy.deadlineAhead', { span }) : t('healthWhy.deadlineAheadPercent', { span, percent });
    }
    case 'deadline-near': {
      const { daysLeft, percent } = reason;
      if (daysLeft === 0) return percent === null ? t('healthWhy.dueTodayNear') : t('healthWhy.dueTodayNearPercent', { percent });
      const span = t('healthWhy.days', { count: daysLeft });
      return percent === null ? t('healthWhy.deadlineNear', { span }) : t('healthWhy.deadlineNearPercent', { span, percent });
    }
  }
}

/**
 * The derived health, never colour alone: a word, a shape, and why, shown on hover and on
 * keyboard focus, and read out with the badge.
 */
export function HealthBadge({ reading }: { reading: HealthReading }) {
  const { t } = useMessages(healthMessages);
  const id = useId();
  const why = useExplanation(reading);
  return (
    <span className={`health health-${reading.health}`} tabIndex={0} aria-describedby={id}>
      {t(HEALTH_LABELS[reading.health])}
      <span role="tooltip" id={id} className="health-why">
        {why}
      </span>
    </span>
  );
}
