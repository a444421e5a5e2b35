import type { OItemScoring } from '../../../domain/schemas/framework';

/** The catalog key naming each way O-items score, wherever the choice is shown or offered. */
export const OITEM_SCORING_LABEL = {
  'present-absent': 'framework.oItemScoring.presentAbsent',
  points: 'framework.oItemScoring.points',
} as const satisfies Record<OItemScoring, string>;
