import type { FrameworkProblem } from './frameworkRules';
import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Framework } from './schemas/framework';
import type { Measure } from './schemas/measure';

/** 'ก', 'ก และข', 'ก ข และค': a list as Thai writes it. */
const thaiList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(' ')} และ${items.at(-1)}`);

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
 * framework editor and the store both refuse it and say what still uses it.
 */
export function frameworkOrphans(framework: Framework, uses: FrameworkUses): FrameworkProblem[] {
  const numbers = new Set(framework.instruments.flatMap((i) => i.indicators.map((d) => d.number)));
  const codes = new Set(framework.oItems.map((o) => o.code));
  const indicatorUses = new Map<number, string[]>();
  const codeUses = new Map<string, string[]>();
  const note = <K>(map: Map<K, string[]>, key: K, what: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(what)) list.push(what);
    map.set(key, list);
  };
  const { assessment } = uses;
  if (assessment) {
    for (const s of assessment.indicatorScores) note(indicatorUses, s.indicator, `คะแนนของปี ${assessment.fiscalYear}`);
    for (const n of assessment.subIssueNotes) note(indicatorUses, n.indicator, 'ข้อสังเกตรายประเด็น');
    for (const r of assessment.oItemResults) note(codeUses, r.code, `ผลตรวจของปี ${assessment.fiscalYear}`);
    for (const r of assessment.recommendations) for (const code of r.oItemRefs) note(codeUses, code, 'ข้อเสนอแนะของผู้ตรวจ');
  }
  for (const f of uses.findings) {
    if (f.target.kind === 'indicator') note(indicatorUses, f.target.indicator, 'ข้อบกพร่อง');
    else note(codeUses, f.target.code, 'ข้อบกพร่อง');
  }
  for (const m of uses.measures) {
    for (const n of m.links.indicators) note(indicatorUses, n, 'มาตรการ');
    for (const c of m.links.oItems) note(codeUses, c, 'มาตรการ');
  }
  const problems: FrameworkProblem[] = [];
  for (const [n, what] of [...indicatorUses].sort(([a], [b]) => a - b)) {
    if (!numbers.has(n)) {
      problems.push({ path: 'instruments', message: `ตัวชี้วัดที่ ${n} ยังถูกอ้างถึงโดย${thaiList(what)} จึงนำออกจากเกณฑ์ไม่ได้` });
    }
  }
  for (const [code, what] of codeUses) {
    if (!codes.has(code)) problems.push({ path: 'oItems', message: `ข้อ ${code} ยังถูกอ้างถึงโดย${thaiList(what)} จึงนำออกจากเกณฑ์ไม่ได้` });
  }
  return problems;
}
