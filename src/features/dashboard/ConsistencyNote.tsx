import { lazy, Suspense, useState } from 'react';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import type { ConsistencyWarning } from '../../domain/consistency';
import { useMessages } from '../../i18n/featureMessages';
import { dashboardMessages } from './dashboardMessages';

// The lists load apart from the first screen: the planning officer's a moment after the score,
// anyone else's only when they open the note.
const ConsistencyWarnings = lazy(() => import('./ConsistencyWarnings').then((m) => ({ default: m.ConsistencyWarnings })));
const NoteDetails = lazy(() => import('./ConsistencyWarnings').then((m) => ({ default: m.NoteDetails })));

/**
 * Where the document disagrees with itself. A year with no scores at all is not a disagreement:
 * it is a year not entered yet, which the headline says.
 */
export function documentWarnings({ warnings, assessment }: AssessmentSummary): ConsistencyWarning[] {
  return assessment.indicatorScores.length === 0 ? warnings.filter((w) => w.code !== 'missing-indicators') : warnings;
}

/**
 * The planning officer's full list of disagreements, beside the score (under it on a phone), or
 * nothing when the document agrees with itself. The empty slot holds the list's column while it loads.
 */
export function PlannerWarnings({ summary }: { summary: AssessmentSummary }) {
  const warnings = documentWarnings(summary);
  if (warnings.length === 0) return null;
  return (
    <Suspense fallback={<div className="warnings-slot" />}>
      <ConsistencyWarnings summary={summary} warnings={warnings} />
    </Suspense>
  );
}

/**
 * For a reader who cannot correct the figures (the executive, a department head): one calm line
 * under the score that opens to the same list, so a data-entry concern never stands before the
 * result. The planning officer, with nothing to correct, is told so as quietly.
 */
export function ConsistencyNote({ summary, canFix }: { summary: AssessmentSummary; canFix: boolean }) {
  const { t } = useMessages(dashboardMessages);
  const [open, setOpen] = useState(false);
  const warnings = documentWarnings(summary);
  const count = warnings.length;
  if (count === 0) return canFix && summary.assessment.indicatorScores.length > 0 ? <p className="doc-note hint">{t('warnings.none')}</p> : null;
  if (canFix) return null;
  return (
    <details className="doc-note" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('docNote.summary', { count })}</summary>
      {open && (
        <Suspense fallback={null}>
          <NoteDetails summary={summary} warnings={warnings} />
        </Suspense>
      )}
    </details>
  );
}
