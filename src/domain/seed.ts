import type { Assessment } from './schemas/assessment';
import type { Finding } from './schemas/finding';
import type { Measure } from './schemas/measure';
import type { Organisation, Unit } from './schemas/organisation';
import { seedDocumentSchema, type SeedDocument } from './schemas/seedDocument';
import { planYear, storedTimeframe } from './measureWrites';
import { parseTimeframe, type TimeframeNote, type TimeframeWarning } from './timeframe';
import { resolveUnit } from './units';

export interface SeedData {
  organisation: Organisation;
  units: Unit[];
  assessments: Assessment[];
  findings: Finding[];
  measures: Measure[];
}

export interface ImportIssue {
  path: string;
  message: string;
}

/** A timeframe not read, or read with a doubt worth a look ('bracket-disagrees'). */
export interface SeedTimeframeWarning {
  measureId: string;
  warning: TimeframeWarning | TimeframeNote;
}

export type SeedImport =
  | { ok: true; data: SeedData; timeframeWarnings: SeedTimeframeWarning[] }
  | { ok: false; issues: ImportIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Turns a transcribed document into the app's records: unit names become unit ids (an unknown
 * name is refused, not dropped) and timeframes are parsed, keeping what was typed.
 */
export function importSeedDocument(input: unknown, now: string): SeedImport {
  const parsed = seedDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
    };
  }
  const doc: SeedDocument = parsed.data;
  const issues: ImportIssue[] = [];
  const unitIds = (names: string[], path: string): string[] =>
    names.flatMap((name, index) => {
      const unit = resolveUnit(name, doc.units);
      if (!unit) issues.push({ path: `${path}.${index}`, message: `ไม่รู้จักส่วนราชการ "${name}"` });
      return unit ? [unit.id] : [];
    });

  const findings: Finding[] = doc.findings.map(({ units, ...f }, i) => ({
    ...f,
    unitIds: unitIds(units, `findings.${i}.units`),
  }));
  const timeframeWarnings: SeedTimeframeWarning[] = [];
  // The plan's year, as a store decides it on each write: from the timeframes that name their year.
  const fiscalYear = planYear(
    doc.assessment.fiscalYear,
    doc.measures.map((m) => ({ id: m.id, timeframe: storedTimeframe(parseTimeframe(m.timeframe)), archived: false })),
  );
  const measures: Measure[] = doc.measures.map((m, i) => {
    const timeframe = parseTimeframe(m.timeframe, { fiscalYear });
    // A driving measure has no timeframe in the document; that is not worth a warning.
    if (m.timeframe.trim()) {
      timeframeWarnings.push(...timeframe.warnings.map((warning) => ({ measureId: m.id, warning })));
      // The brackets won over the text: read, but worth a look by whoever transcribed it.
      const doubts = timeframe.notes.filter((n) => n.code === 'bracket-disagrees');
      timeframeWarnings.push(...doubts.map((warning) => ({ measureId: m.id, warning })));
    }
    return {
      id: m.id,
      assessmentId: doc.assessment.id,
      kind: m.kind,
      order: m.order,
      title: m.title,
      description: m.description,
      steps: m.steps.map((text, s) => ({ id: `${m.id}-step-${s + 1}`, text, done: false })),
      unitIds: unitIds(m.units, `measures.${i}.units`),
      timeframe: storedTimeframe(timeframe),
      followUp: m.followUp,
      links: m.links,
      archived: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    data: {
      organisation: doc.organisation,
      units: doc.units,
      assessments: [doc.assessment],
      findings,
      measures,
    },
    timeframeWarnings,
  };
}
