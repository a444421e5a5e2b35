import { useMemo } from 'react';
import { useAssessments, useMeasuresOf } from '../../data/queries';
import { planYear } from '../../domain/measureWrites';

/**
 * The fiscal year a year-less timeframe of this assessment's plan is read against, worked out as
 * the store works it out on saving (planYear), so the form's preview says what will be stored.
 * Undefined until the assessment and its measures are read.
 */
export function usePlanYear(assessmentId: string, editing?: string): number | undefined {
  const assessments = useAssessments();
  const measures = useMeasuresOf(assessmentId, false);
  const year = assessments.data?.find((a) => a.id === assessmentId)?.fiscalYear;
  return useMemo(
    () => (year === undefined || !measures.data ? undefined : planYear(year, measures.data, editing)),
    [year, measures.data, editing],
  );
}
