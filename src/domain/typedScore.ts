import { arabicDigits } from './import/digits';

// 0–100 with at most two decimals, a point or a comma, as people type or paste it.
const SCORE = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

export type ScoreRefusal =
  | { code: 'score.missing'; values: Record<string, never> }
  | { code: 'score.format'; values: { cell: string } }
  | { code: 'score.over100'; values: { score: string } };

/**
 * A score as a person typed it (a form, a cell of a file): Thai numerals and a decimal comma are
 * understood; anything else is refused with a code and the values a screen words it with (the
 * Thai for each code is the import's, src/domain/import/thaiWords.ts).
 */
export function readScore(raw: string): { score: number } | { refusal: ScoreRefusal } {
  const text = arabicDigits(raw.trim());
  if (text === '') return { refusal: { code: 'score.missing', values: {} } };
  const match = SCORE.exec(text);
  if (!match) return { refusal: { code: 'score.format', values: { cell: raw.trim() } } };
  const score = Number(`${match[1]}.${match[2] ?? '0'}`);
  if (score > 100) return { refusal: { code: 'score.over100', values: { score: text } } };
  return { score };
}
