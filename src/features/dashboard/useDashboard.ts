import { checkAssessment, type ConsistencyWarning } from '../../domain/consistency';
import { frameworkFor, NoFrameworkError } from '../../domain/frameworks/registry';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import type { Settings } from '../../domain/schemas/settings';
import {
  biggestGain,
  computeTotal,
  levelFor,
  nextLevel,
  passCount,
  whatIf,
  type NextLevel,
  type PassCount,
  type TotalResult,
  type WhatIfResult,
} from '../../domain/scoring';
import { useAssessment, useFindings, useSettings } from '../../data/queries';
import type { Level } from '../../domain/schemas/framework';

export interface DashboardModel {
  assessment: Assessment;
  framework: Framework;
  settings: Settings;
  computed: TotalResult;
  computedLevel: Level | null;
  next: NextLevel | null;
  pass: PassCount;
  shortcut: { indicator: number; result: WhatIfResult } | null;
  warnings: ConsistencyWarning[];
}

export type DashboardState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; model: DashboardModel };

/** Everything the dashboard shows about one fiscal year, derived from the stored records. */
export function buildModel(assessment: Assessment, framework: Framework, settings: Settings, warnings: ConsistencyWarning[]): DashboardModel {
  const computed = computeTotal(framework, assessment.indicatorScores);
  const total = computed.total;
  const gain = biggestGain(framework, assessment.indicatorScores);
  return {
    assessment,
    framework,
    settings,
    computed,
    computedLevel: total === null ? null : levelFor(framework, total),
    next: total === null ? null : nextLevel(framework, total),
    pass: passCount(framework, assessment.indicatorScores),
    shortcut: gain
      ? { indicator: gain.indicator, result: whatIf(framework, assessment.indicatorScores, [{ indicator: gain.indicator, score: 100 }]) }
      : null,
    warnings,
  };
}

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
    if (error instanceof NoFrameworkError) return { status: 'error', error, retry: () => undefined };
    throw error;
  }
  const warnings = checkAssessment(framework, assessment.data, findings.data);
  return { status: 'ready', model: buildModel(assessment.data, framework, settings.data, warnings) };
}
