import type { MeasureKind } from '../../domain/schemas/measure';
import type { MeasuresKey } from './messages';

export const MEASURE_STATUS_LABELS = {
  'not-started': 'measureStatus.not-started',
  'in-progress': 'measureStatus.in-progress',
  blocked: 'measureStatus.blocked',
  done: 'measureStatus.done',
  cancelled: 'measureStatus.cancelled',
} as const satisfies Record<string, MeasuresKey>;

export const MEASURE_KIND_LABELS = {
  plan: 'measure.kind.plan',
  finding: 'measure.kind.finding',
  driving: 'measure.kind.driving',
} as const satisfies Record<MeasureKind, MeasuresKey>;
