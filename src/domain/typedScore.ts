import { arabicDigits } from './import/digits';

// 0–100 with at most two decimals, a point or a comma, as people type or paste it.
const SCORE = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/**
 * A score as a person typed it (a form, a cell of a file): Thai numerals and a decimal comma are
 * understood; anything else is refused with the reason in Thai.
 */
export function scoreFromText(raw: string): { score: number } | { problem: string } {
  const text = arabicDigits(raw.trim());
  if (text === '') return { problem: 'ไม่มีคะแนน' };
  const match = SCORE.exec(text);
  if (!match) return { problem: `คะแนน "${raw.trim()}" ต้องเป็นตัวเลข 0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง` };
  const score = Number(`${match[1]}.${match[2] ?? '0'}`);
  if (score > 100) return { problem: `คะแนน ${text} เกิน 100` };
  return { score };
}
