import { arabicDigits } from './import/digits';

// 0–100 with at most two decimals, a point or a comma, as people type or paste it.
const SCORE = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

export type ScoreRefusal =
  | { code: 'score.missing'; values: Record<string, never> }
  | { code: 'score.format'; values: { cell: string } }
  | { code: 'score.over100'; values: { score: string } };

/**
 * A score as a person typed it (a form, a cell of a file): Thai numerals and a decimal comma are
 * understood; anything else is refused with a code and the values a screen words it with.
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

/** The refusal in Thai, as the forms that have no catalog words for it yet show it. */
export function scoreRefusalInThai(refusal: ScoreRefusal): string {
  switch (refusal.code) {
    case 'score.missing':
      return 'ไม่มีคะแนน';
    case 'score.format':
      return `คะแนน "${refusal.values.cell}" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง`;
    case 'score.over100':
      return `คะแนน ${refusal.values.score} เกิน 100`;
  }
}

/** readScore with its refusal in Thai, for the forms still showing a sentence. */
export function scoreFromText(raw: string): { score: number } | { problem: string } {
  const read = readScore(raw);
  return 'score' in read ? read : { problem: scoreRefusalInThai(read.refusal) };
}
