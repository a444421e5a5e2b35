import type { Finding } from './schemas/finding';
import type { OItemDef } from './schemas/framework';
import type { Measure, MeasureStatus } from './schemas/measure';

/** How an indicator is written among a measure's links, beside O-item codes such as 'O35'. */
export const indicatorLink = (n: number) => `i${n}`;

/**
 * The indicators (as `i<n>`) and O-items a measure answers: directly, or through the findings it
 * answers. An O-item also counts for the indicator it belongs to, so a measure for O35 shows up
 * when someone asks what is being done about indicator 10.
 */
export function linksOf(measure: Measure, findings: readonly Finding[], oItems: readonly OItemDef[] = []): string[] {
  const found = findings.filter((f) => measure.links.findingIds.includes(f.id));
  const codes = [...measure.links.oItems, ...found.flatMap((f) => (f.target.kind === 'oItem' ? [f.target.code] : []))];
  const indicators = [
    ...measure.links.indicators,
    ...found.flatMap((f) => (f.target.kind === 'indicator' ? [f.target.indicator] : [])),
    ...codes.flatMap((code) => oItems.filter((o) => o.code === code).map((o) => o.indicator)),
  ];
  return [...new Set([...indicators.map(indicatorLink), ...codes])];
}

/**
 * A measure still in play: not archived, and not cancelled by its last update. A finished one
 * still answers what it was for. One rule for every count and every gap on a page.
 */
export function isActive(measure: Measure, lastStatus: ReadonlyMap<string, MeasureStatus>): boolean {
  return !measure.archived && lastStatus.get(measure.id) !== 'cancelled';
}

/** How many active measures answer each indicator. */
export function measuresPerIndicator(
  measures: readonly Measure[],
  findings: readonly Finding[],
  oItems: readonly OItemDef[],
  lastStatus: ReadonlyMap<string, MeasureStatus> = new Map(),
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const measure of measures) {
    if (!isActive(measure, lastStatus)) continue;
    for (const link of linksOf(measure, findings, oItems)) {
      if (!link.startsWith('i')) continue;
      const n = Number(link.slice(1));
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
  }
  return counts;
}
