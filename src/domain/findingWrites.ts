import type { Finding, FindingTarget } from './schemas/finding';
import type { Framework, InstrumentCode } from './schemas/framework';
import { indicatorDef } from './scoring';

/**
 * Findings as the document lists them: by instrument code, then their place. The codes are
 * ASCII, so a plain comparison orders them; localeCompare would load ICU's collation on the
 * dashboard's first render for nothing.
 */
export function byFindingOrder(a: Pick<Finding, 'instrument' | 'order'>, b: Pick<Finding, 'instrument' | 'order'>): number {
  return a.instrument < b.instrument ? -1 : a.instrument > b.instrument ? 1 : a.order - b.order;
}

export interface FindingDraft {
  target: FindingTarget;
  title: string;
  analysis: string;
  improvement: string;
  unitIds: string[];
}

/** The instrument a finding belongs to: its indicator's, or OIT for an O-item. */
export function instrumentOf(target: FindingTarget, framework: Framework): InstrumentCode | null {
  if (target.kind === 'oItem') return 'OIT';
  return indicatorDef(framework, target.indicator)?.instrument ?? null;
}

/**
 * A new finding as the store takes it: numbered after the last one of its instrument's table,
 * with what the assessment stated for its score. An unknown indicator has no instrument and is
 * left for the schema to refuse.
 */
export function newFinding(
  draft: FindingDraft,
  ctx: { id: string; assessmentId: string; framework: Framework; siblings: readonly Finding[]; statedScore: number | null },
): Finding {
  const instrument = instrumentOf(draft.target, ctx.framework) ?? 'OIT';
  const order = Math.max(0, ...ctx.siblings.filter((f) => f.instrument === instrument).map((f) => f.order)) + 1;
  return {
    id: ctx.id,
    assessmentId: ctx.assessmentId,
    instrument,
    order,
    target: draft.target,
    title: draft.title.trim(),
    statedScore: ctx.statedScore,
    group: '',
    assessorComment: '',
    analysis: draft.analysis.trim(),
    improvement: draft.improvement.trim(),
    unitIds: draft.unitIds,
  };
}
