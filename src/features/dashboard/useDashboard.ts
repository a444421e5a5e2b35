import { useMemo } from 'react';
import { summariseAssessment, type AssessmentSummary } from '../../domain/assessmentSummary';
import { findFramework, frameworkFor, NoFrameworkError } from '../../domain/frameworks/registry';
import { measuresPerIndicator } from '../../domain/measureLinks';
import type { Framework } from '../../domain/schemas/framework';
import { useAssessment, useFindings, useMeasuresOf, useSettings } from '../../data/queries';

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
  const measures = useMeasuresOf(assessment.data?.id, false);
  // Kept between renders: an agency with thousands of measures should not recount on every one.
  const perIndicator = useMemo(
    () => (measures.data && findings.data ? measuresPerIndicator(measures.data, findings.data, findFramework(fiscalYear)?.oItems ?? []) : null),
    [measures.data, findings.data, fiscalYear],
  );
  const failed = [assessment, findings, settings].find((q) => q.isError);
  if (failed) {
    return {
      status: 'error',
      error: failed.error,
      retry: () => void Promise.all([assessment.refetch(), findings.refetch(), settings.refetch()]),
    };
  }
  if (!assessment.data || !findings.data || !settings.data) return { status: 'loading' };
  let framework: Framework;
  try {
    framework = frameworkFor(assessment.data.fiscalYear);
  } catch (error) {
    // Retrying cannot conjure a framework, so no retry is offered.
    if (error instanceof NoFrameworkError) return { status: 'error', error };
    throw error;
  }
  // The score stands on its own: measures that cannot be read only leave their column out.
  const counts: MeasureCounts = measures.isError
    ? { status: 'error', retry: () => void measures.refetch() }
    : perIndicator
      ? { status: 'ready', perIndicator }
      : { status: 'loading' };
  return {
    status: 'ready',
    summary: summariseAssessment(framework, assessment.data, findings.data, settings.data),
    measures: counts,
  };
}
