import type { ScoreStanding } from '../domain/scoring';

/** Standing is shown in words and an icon, never by colour alone. */
export const STANDING_ICONS: Record<ScoreStanding, string> = { fail: '✕', improve: '!', pass: '✓' };

export function StandingPill({ standing, text }: { standing: ScoreStanding; text: string }) {
  return (
    <span className={`pill pill-${standing}`}>
      <span aria-hidden="true">{STANDING_ICONS[standing]} </span>
      {text}
    </span>
  );
}
