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
 * The unrounded values a printed score can stand for: half a hundredth either side, the upper
 * end excluded (x.xx5 prints as the next hundredth), and never outside 0–100.
 */
export function unroundedRange(printed: number): { low: number; high: number } {
  // Just below the upper end, far smaller than any difference a report can print.
  const belowHalf = 0.005 - 1e-9;
  return { low: Math.max(0, printed - 0.005), high: Math.min(100, printed + belowHalf) };
}
