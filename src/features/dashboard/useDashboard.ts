import { useMemo } from 'react';
import { summariseAssessment, type AssessmentSummary } from '../../domain/assessmentSummary';
import { NoFrameworkError } from '../../domain/frameworks/registry';
import { measuresPerIndicator } from '../../domain/measureLinks';
import { useAssessment, useFindings, useFrameworks, useLatestProgress, useMeasuresOf, useSettings } from '../../data/queries';

/** Measures answering each indicator, or why they cannot be counted yet. */
export type MeasureCounts =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; perIndicator: Map<number, number> };

export type DashboardState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry?: () => void }
  | { status: 'ready'; summary: AssessmentSummary; measures: MeasureCounts };

/** One fiscal year's result as the dashboard shows it, from the stored records. */
export function useDashboard(fiscalYear: number): DashboardState {
  const assessment = useAssessment(fiscalYear);
  const findings = useFindings(assessment.data?.id);
  const settings = useSettings();
  const frameworks = useFrameworks();
  const measures = useMeasuresOf(assessment.data?.id, false);
  const latest = useLatestProgress(assessment.data?.id);
  // Kept between renders: an agency with thousands of measures should not recount on every one.
  const perIndicator = useMemo(
    () => {
      const oItems = frameworks.data?.find((f) => f.fiscalYear === fiscalYear)?.oItems ?? [];
      if (!measures.data || !findings.data || !latest.data) return null;
      return measuresPerIndicator(measures.data, findings.data, oItems, new Map(latest.data.map((u) => [u.measureId, u.status])));
    },
    [measures.data, findings.data, latest.data, frameworks.data, fiscalYear],
  );
  const failed = [assessment, findings, settings, frameworks].find((q) => q.isError);
  if (failed) {
    return {
      status: 'error',
      error: failed.error,
      retry: () => void Promise.all([assessment.refetch(), findings.refetch(), settings.refetch(), frameworks.refetch()]),
    };
  }
  if (!assessment.data || !findings.data || !settings.data || !frameworks.data) return { status: 'loading' };
  const framework = frameworks.data.find((f) => f.fiscalYear === fiscalYear);
  // Retrying cannot conjure a framework, so no retry is offered.
  if (!framework) return { status: 'error', error: new NoFrameworkError(fiscalYear, frameworks.data.map((f) => f.fiscalYear)) };
  // The score stands on its own: measures that cannot be read only leave their column out.
  const counts: MeasureCounts = measures.isError || latest.isError
    ? { status: 'error', retry: () => void Promise.all([measures.refetch(), latest.refetch()]) }
    : perIndicator
      ? { status: 'ready', perIndicator }
      : { status: 'loading' };
  return {
    status: 'ready',
    summary: summariseAssessment(framework, assessment.data, findings.data, settings.data),
    measures: counts,
  };
}
