import type { Health } from '../domain/measureHealth';
import type { MeasureStatus } from '../domain/schemas/measure';
import type { MessageKey } from '../i18n/i18n';

/** Words for a measure's reported status and derived health, shared by every screen that shows them. */
export const MEASURE_STATUS_LABELS = {
  'not-started': 'measureStatus.not-started',
  'in-progress': 'measureStatus.in-progress',
  blocked: 'measureStatus.blocked',
  done: 'measureStatus.done',
  cancelled: 'measureStatus.cancelled',
} as const satisfies Record<MeasureStatus, MessageKey>;

export const HEALTH_LABELS = {
  'not-started': 'health.not-started',
  'on-track': 'health.on-track',
  'at-risk': 'health.at-risk',
  overdue: 'health.overdue',
  done: 'health.done',
} as const satisfies Record<Health, MessageKey>;
