import { summariseAssessment, type AssessmentSummary } from '../../domain/assessmentSummary';
import { frameworkFor, NoFrameworkError } from '../../domain/frameworks/registry';
import type { Framework } from '../../domain/schemas/framework';
import { useAssessment, useFindings, useSettings } from '../../data/queries';

export type DashboardState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry?: () => void }
  | { status: 'ready'; summary: AssessmentSummary };

/** One fiscal year's result as the dashboard shows it, from the stored records. */
export function useDashboard(fiscalYear: number): DashboardState {
  const assessment = useAssessment(fiscalYear);
  const findings = useFindings(assessment.data?.id);
  const settings = useSettings();
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
  return { status: 'ready', summary: summariseAssessment(framework, assessment.data, findings.data, settings.data) };
}
