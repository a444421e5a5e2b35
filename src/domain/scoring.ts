import type { Framework, IndicatorDef, Level, LevelBand } from './schemas/framework';
import type { IndicatorScore } from './schemas/assessment';
import { roundScore, scoreDifference, unroundedRange } from './rounding';

export interface WeightedIndicator extends IndicatorDef {
  instrument: Framework['instruments'][number]['code'];
}

export function indicatorsOf(framework: Framework): WeightedIndicator[] {
  return framework.instruments.flatMap((ins) =>
    ins.indicators.map((ind) => ({ ...ind, instrument: ins.code })),
  );
}

export function indicatorDef(framework: Framework, n: number): WeightedIndicator | undefined {
  return indicatorsOf(framework).find((i) => i.number === n);
}

export interface TotalResult {
  /** Rounded to two decimals as a report prints it; null while any indicator lacks a score. */
  total: number | null;
  /** The unrounded weighted sum of the scores present. */
  exact: number;
  missing: number[];
  /** Scores for indicators the framework does not have; they are left out of the total. */
  unknown: number[];
}

export function computeTotal(framework: Framework, scores: readonly IndicatorScore[]): TotalResult {
  const byIndicator = new Map(scores.map((s) => [s.indicator, s.score]));
  const defs = indicatorsOf(framework);
  let exact = 0;
  const missing: number[] = [];
  for (const def of defs) {
    const score = byIndicator.get(def.number);
    if (score === undefined) missing.push(def.number);
    else exact += (score * def.weight) / 100;
  }
  const known = new Set(defs.map((d) => d.number));
  const unknown = scores.map((s) => s.indicator).filter((n) => !known.has(n));
  return { total: missing.length ? null : roundScore(exact), exact, missing, unknown };
}

/**
 * The printed totals the unrounded scores behind these printed ones could give: a reported
 * total outside this range cannot come from rounding the printed scores.
 */
export function possibleTotals(framework: Framework, scores: readonly IndicatorScore[]): { low: number; high: number } | null {
  if (computeTotal(framework, scores).total === null) return null;
  const weight = new Map(indicatorsOf(framework).map((d) => [d.number, d.weight]));
  let low = 0;
  let high = 0;
  for (const s of scores) {
    const w = weight.get(s.indicator);
    if (w === undefined) continue;
    const range = unroundedRange(s.score);
    low += (range.low * w) / 100;
    high += (range.high * w) / 100;
  }
  return { low: roundScore(low), high: roundScore(high) };
}

function bandsHighFirst(framework: Framework): LevelBand[] {
  return [...framework.levels].sort((a, b) => b.min - a.min);
}

/** The level of a total as printed (already rounded to two decimals). */
export function levelFor(framework: Framework, total: number): Level {
  const rounded = roundScore(total);
  const band = bandsHighFirst(framework).find((b) => rounded >= b.min);
  // The lowest band starts at 0, so only a negative total falls through; it is the lowest level.
  return (band ?? bandsHighFirst(framework).at(-1) ?? { level: 'F' }).level;
}

export interface NextLevel {
  level: Level;
  min: number;
  pointsNeeded: number;
}

/** The band above a total and how many points it lacks; null at the top level. */
export function nextLevel(framework: Framework, total: number): NextLevel | null {
  const rounded = roundScore(total);
  const above = bandsHighFirst(framework)
    .filter((b) => b.min > rounded)
    .at(-1);
  if (!above) return null;
  return { level: above.level, min: above.min, pointsNeeded: scoreDifference(above.min, rounded) };
}

/** Points the total gains if one indicator rises to a new score (its weighted share). */
export function gainFrom(framework: Framework, indicator: number, from: number, to: number): number {
  const def = indicatorDef(framework, indicator);
  return def ? ((to - from) * def.weight) / 100 : 0;
}

export interface WhatIfResult {
  total: number | null;
  level: Level | null;
  /** Difference from today's rounded total, in points. */
  change: number | null;
}

/** What the total and level would be if some indicators scored differently. */
export function whatIf(
  framework: Framework,
  scores: readonly IndicatorScore[],
  changes: readonly IndicatorScore[],
): WhatIfResult {
  const changed = new Map(changes.map((c) => [c.indicator, c.score]));
  const next = scores.map((s) => ({ ...s, score: changed.get(s.indicator) ?? s.score }));
  const before = computeTotal(framework, scores).total;
  const after = computeTotal(framework, next).total;
  return {
    total: after,
    level: after === null ? null : levelFor(framework, after),
    change: after === null || before === null ? null : scoreDifference(after, before),
  };
}

export interface PassCount {
  passed: number;
  failed: number;
  failing: number[];
}

export function passCount(framework: Framework, scores: readonly IndicatorScore[]): PassCount {
  const failing = scores.filter((s) => s.score < framework.passMark).map((s) => s.indicator);
  return { passed: scores.length - failing.length, failed: failing.length, failing };
}

export type ScoreStanding = 'fail' | 'improve' | 'pass';

/**
 * fail: under the framework's pass mark; improve: passes but under the agency's own
 * improvement mark, which is where the seed starts writing findings.
 */
export function standingOf(score: number, passMark: number, improvementMark: number): ScoreStanding {
  if (score < passMark) return 'fail';
  if (score < improvementMark) return 'improve';
  return 'pass';
}

/** The indicator whose rise to 100 adds most to the total: the shortest road up. */
export function biggestGain(
  framework: Framework,
  scores: readonly IndicatorScore[],
): { indicator: number; gain: number } | null {
  let best: { indicator: number; gain: number } | null = null;
  for (const s of scores) {
    const gain = gainFrom(framework, s.indicator, s.score, 100);
    if (gain > 0 && (!best || gain > best.gain)) best = { indicator: s.indicator, gain };
  }
  return best;
}
