import type { FrameworkProblem, FrameworkUse } from './frameworkRules';
import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework } from './schemas/framework';
import type { Measure } from './schemas/measure';

/** What a year's records say about its framework's indicators and O-items. */
export interface FrameworkUses {
  assessment?: Pick<Assessment, 'fiscalYear' | 'indicatorScores' | 'subIssueNotes' | 'oItemResults' | 'recommendations'>;
  findings: readonly Pick<Finding, 'target'>[];
  measures: readonly Pick<Measure, 'links'>[];
}

/**
 * The indicators and O-items a changed framework would drop while the year's scores, findings
 * or measures still name them. Dropping one would leave those records pointing at nothing (a
 * score no total counts, a measure answering an indicator that no longer exists), so the
 * framework editor and the store both refuse it and say what still uses it (the year is the
 * assessment's, 0 when there is none: only its scores and results name it).
 */
export function frameworkOrphans(framework: Framework, uses: FrameworkUses): FrameworkProblem[] {
  const numbers = new Set(framework.instruments.flatMap((i) => i.indicators.map((d) => d.number)));
  const codes = new Set(framework.oItems.map((o) => o.code));
  const indicatorUses = new Map<number, FrameworkUse[]>();
  const codeUses = new Map<string, FrameworkUse[]>();
  const note = <K>(map: Map<K, FrameworkUse[]>, key: K, what: FrameworkUse) => {
    const list = map.get(key) ?? [];
    if (!list.includes(what)) list.push(what);
    map.set(key, list);
  };
  const { assessment } = uses;
  if (assessment) {
    for (const s of assessment.indicatorScores) note(indicatorUses, s.indicator, 'scores');
    for (const n of assessment.subIssueNotes) note(indicatorUses, n.indicator, 'notes');
    for (const r of assessment.oItemResults) note(codeUses, r.code, 'results');
    for (const r of assessment.recommendations) for (const code of r.oItemRefs) note(codeUses, code, 'recommendations');
  }
  for (const f of uses.findings) {
    if (f.target.kind === 'indicator') note(indicatorUses, f.target.indicator, 'findings');
    else note(codeUses, f.target.code, 'findings');
  }
  for (const m of uses.measures) {
    for (const n of m.links.indicators) note(indicatorUses, n, 'measures');
    for (const c of m.links.oItems) note(codeUses, c, 'measures');
  }
  const year = assessment?.fiscalYear ?? 0;
  const problems: FrameworkProblem[] = [];
  for (const [number, what] of [...indicatorUses].sort(([a], [b]) => a - b)) {
    if (!numbers.has(number)) problems.push({ path: 'instruments', code: 'indicatorInUse', values: { number, uses: what.join(','), year } });
  }
  for (const [code, what] of codeUses) {
    if (!codes.has(code)) problems.push({ path: 'oItems', code: 'oItemInUse', values: { code, uses: what.join(','), year } });
  }
  return problems;
}
