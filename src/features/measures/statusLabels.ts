import type { MeasureKind } from '../../domain/schemas/measure';
import type { MessageKey } from '../../i18n/i18n';

export const MEASURE_KIND_LABELS = {
  plan: 'measure.kind.plan',
  finding: 'measure.kind.finding',
  driving: 'measure.kind.driving',
} as const satisfies Record<MeasureKind, MessageKey>;
