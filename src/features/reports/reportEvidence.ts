import type { EvidenceFile } from '../../domain/evidence/schema';
import type { Period, ProgressReport, ReportedMeasure } from '../../domain/reports/progressReport';
import type { Measure, ProgressUpdate } from '../../domain/schemas/measure';
import { compareAscii } from '../../domain/textOrder';

/** An update as the report shows it, with the files it carries as its evidence. */
export type ReportedUpdate = ReportedMeasure['updates'][number] & { files?: readonly EvidenceFile[] };
export type EvidencedMeasure = Omit<ReportedMeasure, 'updates'> & { updates: ReportedUpdate[] };
export type EvidencedReport = Omit<ProgressReport, 'measures'> & { measures: EvidencedMeasure[] };

/**
 * The report with each update's files, taken from the store's updates. Until progressReport
 * carries `files` itself (asked of the domain's owner), it picks the same updates in the same
 * order as progressReport does: the measures that are not archived, and each one's updates in
 * the period by day, then by when they were written.
 */
export function withEvidence(report: ProgressReport, measures: readonly Measure[], updates: readonly ProgressUpdate[], period: Period): EvidencedReport {
  const shown = measures.filter((m) => !m.archived);
  return {
    ...report,
    measures: report.measures.map((reported, i) => {
      const measure = shown[i];
      if (!measure) return reported;
      const own = updates
        .filter((u) => u.measureId === measure.id && u.date >= period.from && u.date <= period.to)
        .sort((a, b) => compareAscii(a.date, b.date) || compareAscii(a.createdAt, b.createdAt));
      return { ...reported, updates: reported.updates.map((u, j) => ({ ...u, files: own[j]?.files ?? [] })) };
    }),
  };
}
