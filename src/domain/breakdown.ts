import { roundScore } from './rounding';
import type { IndicatorScore } from './schemas/assessment';
import type { Framework, InstrumentCode } from './schemas/framework';
import { indicatorsOf } from './scoring';

export interface InstrumentShare {
  code: InstrumentCode;
  /** The most the instrument can add to the total: its weight. */
  weight: number;
  /** What it adds, unrounded: the sum of its indicators' score × weight / 100. */
  points: number;
  /** What it lets slip: weight − points. */
  lost: number;
  /** Its own score out of 100: points as a share of its weight. */
  score: number;
  /** Its indicators without a score; points then count only those with one. */
  missing: number[];
}

/** Where the total comes from: each instrument's points out of its weight. */
export function instrumentShares(framework: Framework, scores: readonly IndicatorScore[]): InstrumentShare[] {
  const byIndicator = new Map(scores.map((s) => [s.indicator, s.score]));
  return framework.instruments.map((instrument) => {
    let points = 0;
    const missing: number[] = [];
    for (const ind of instrument.indicators) {
      const score = byIndicator.get(ind.number);
      if (score === undefined) missing.push(ind.number);
      else points += (score * ind.weight) / 100;
    }
    return {
      code: instrument.code,
      weight: instrument.weight,
      points,
      lost: instrument.weight - points,
      score: instrument.weight > 0 ? roundScore((points / instrument.weight) * 100) : 0,
      missing,
    };
  });
}

export interface IndicatorRoom {
  indicator: number;
  score: number;
  /** Points the total gains for each point this indicator gains: its weight / 100. */
  perPoint: number;
  /** Points it can still gain: 100 − score. */
  room: number;
  /** The most it can add to the total: room × perPoint. */
  gain: number;
}

/**
 * The indicators in the order that lifts the total most: by what each could still add (weight ×
 * room to grow), heavier weight first on a tie, as a point is worth more there. Indicators at 100
 * have nothing to give and are left out.
 */
export function roomToGrow(framework: Framework, scores: readonly IndicatorScore[]): IndicatorRoom[] {
  const weights = new Map(indicatorsOf(framework).map((d) => [d.number, d.weight]));
  return scores
    .flatMap((s) => {
      const weight = weights.get(s.indicator);
      if (weight === undefined || s.score >= 100) return [];
      const room = 100 - s.score;
      return [{ indicator: s.indicator, score: s.score, perPoint: weight / 100, room, gain: (room * weight) / 100 }];
    })
    .sort((a, b) => b.gain - a.gain || b.perPoint - a.perPoint || a.indicator - b.indicator);
}
