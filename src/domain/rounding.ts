/**
 * The one place scores are rounded. ITA reports print scores with two decimals, rounded half
 * up, and a level is read from the total as printed (93.945 → 93.95 → A). Binary floating point
 * turns 93.945 into 93.94499999…, so the value is first cut to 12 significant digits to shed
 * that noise before rounding; scores never need more precision than that.
 */
export function roundScore(value: number): number {
  const clean = Number(value.toPrecision(12));
  return Math.round(Number((clean * 100).toPrecision(12))) / 100;
}

/** Differences between two printed scores, free of floating-point noise (93.95 − 93.94 = 0.01). */
export function scoreDifference(a: number, b: number): number {
  return roundScore(a - b);
}

/**
 * How far a weighted total of printed scores can sit from the total of the unrounded scores:
 * each printed score is at most half a hundredth off, and the weights (in percent) scale that.
 */
export function printedRoundingBound(weights: readonly number[]): number {
  return weights.reduce((sum, w) => sum + (w / 100) * 0.005, 0);
}
