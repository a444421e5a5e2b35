import { useId } from 'react';
import type { Level } from '../domain/schemas/framework';

/** The level letter, large, under a visible caption, its meaning spelled out for screen readers. */
export function LevelBadge({ level, label, text }: { level: Level; label: string; text: string }) {
  const id = useId();
  return (
    <div className="level-figure" role="group" aria-labelledby={id}>
      <p className="score-label" id={id}>
        {label}
      </p>
      <div className={`level-badge level-${level.toLowerCase()}`}>
        <span aria-hidden="true" className="level-letter">
          {level}
        </span>
        <span className="visually-hidden">{text}</span>
      </div>
    </div>
  );
}
