import type { MeasureKind } from '../../domain/schemas/measure';
import type { MeasuresKey } from './messages';

export const MEASURE_KIND_LABELS = {
  plan: 'measure.kind.plan',
  finding: 'measure.kind.finding',
  driving: 'measure.kind.driving',
} as const satisfies Record<MeasureKind, MeasuresKey>;
