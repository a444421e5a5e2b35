import type { ScoreStanding } from '../../domain/scoring';

// Shared by the bars and the legend, so each colour is defined once.
// Non-text contrast of at least 3:1 on white (WCAG 1.4.11).
export const FILL: Record<ScoreStanding, string> = { fail: '#b42318', improve: '#b54708', pass: '#0e7a5f' };
export const PASS_LINE = '#b42318';
export const IMPROVE_LINE = '#344054';
