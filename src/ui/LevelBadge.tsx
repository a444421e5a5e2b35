import type { Level } from '../domain/schemas/framework';

/** The level letter, large, with its meaning spelled out for screen readers. */
export function LevelBadge({ level, label, text }: { level: Level; label: string; text: string }) {
  return (
    <div className={`level-badge level-${level.toLowerCase()}`} role="group" aria-label={label}>
      <span aria-hidden="true" className="level-letter">
        {level}
      </span>
      <span className="visually-hidden">{text}</span>
    </div>
  );
}
