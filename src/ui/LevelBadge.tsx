import type { Level } from '../domain/schemas/framework';

/** The level letter, large; `text` spells it out for screen readers ('ระดับ A'). */
export function LevelBadge({ level, text }: { level: Level; text: string }) {
  return (
    <span className={`level-badge level-${level.toLowerCase()}`}>
      <span aria-hidden="true" className="level-letter">
        {level}
      </span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
