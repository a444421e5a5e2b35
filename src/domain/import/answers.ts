import type { OItemScoring } from '../schemas/framework';
import { scoreFromText } from '../typedScore';
import { plainText } from './plainText';

const PRESENT = ['มี', 'ผ่าน', '✓', '✔', '☑', '✅', '√', 'yes', 'y', 'true'];
const ABSENT = ['ไม่มี', 'ไม่ผ่าน', '✗', '✘', '☒', '❌', 'x', '×', 'no', 'n', 'false'];
const EXPECTED_ANSWER = 'มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗ หรือ 1/0';

const plain = (raw: string) => plainText(raw).toLowerCase();

/** A score as a cell holds it; a trailing % is how Excel shows a percentage-formatted cell. */
export function scoreCell(raw: string): { score: number } | { problem: string } {
  return scoreFromText(raw.trim().replace(/\s*%$/, ''));
}

/** Why an Excel cell that looks right on screen is refused: a workbook keeps the unrounded value of a formula (93.7777 shown as 93.78). */
export function workbookHint(raw: string): string | null {
  const text = raw.trim();
  if (!/^\d+\.\d{3,}$/.test(text)) return null;
  const n = Number(text);
  if (n <= 1) return null;
  return `เซลล์ใน Excel เก็บค่า ${text} แม้จะแสดงเป็น ${n.toFixed(2)}: ปัดในเซลล์ด้วย ROUND(ค่า, 2) หรือพิมพ์คะแนนตามรายงาน`;
}

const asNumber = (raw: string): number | null => {
  const text = raw.trim();
  return /^\d*\.?\d+$/.test(text) ? Number(text) : null;
};

/** A sheet's score column whose every number is at most 1 holds fractions, so its 1s are 100%. */
export const allFractions = (cells: readonly string[]) => {
  const numbers = cells.map(asNumber).filter((n): n is number => n !== null);
  return numbers.length > 0 && numbers.every((n) => n <= 1);
};

/**
 * A workbook keeps a percentage-formatted cell as its fraction: 85% is 0.85, which would pass
 * as a score of 0.85. No score file scores an item below 1 on purpose, so a fraction is refused.
 */
export function percentHint(raw: string, columnOfFractions: boolean): string | null {
  const n = asNumber(raw);
  if (n === null) return null;
  const text = raw.trim();
  const percent = `${Number((n * 100).toFixed(4))}%`;
  if (n > 0 && n < 1) return `ช่องนี้ใน Excel จัดรูปแบบเป็นร้อยละ: ${text} คือ ${percent} — เปลี่ยนรูปแบบเป็นตัวเลข แล้วใส่คะแนน 0–100`;
  if (n === 1 && columnOfFractions) {
    return `คะแนนทุกแถวในคอลัมน์นี้ไม่เกิน 1 จึงเป็นช่องที่ Excel จัดรูปแบบเป็นร้อยละ: ${text} คือ ${percent} — เปลี่ยนรูปแบบเป็นตัวเลข แล้วใส่คะแนน 0–100`;
  }
  return null;
}

/**
 * An O-item's answer under the framework's way of scoring it. Present-or-absent items score 100
 * or 0 whatever word the file uses; under points a cell is a score, so 1 is one point and a word
 * is a problem, since a word says nothing about how many points.
 */
export function readOItemAnswer(raw: string, scoring: OItemScoring, fiscalYear: number): { score: number } | { problem: string } {
  const text = plain(raw);
  const word = PRESENT.includes(text) ? 100 : ABSENT.includes(text) ? 0 : null;
  if (scoring === 'points') {
    if (word !== null) {
      return { problem: `เกณฑ์ปี ${fiscalYear} ให้คะแนนข้อ OIT เป็นคะแนน 0–100 แต่พบคำตอบ "${raw.trim()}": ใส่คะแนนของข้อแทน` };
    }
    return scoreCell(raw);
  }
  if (text === '') return { problem: `ไม่มีคำตอบ: ต้องเป็น ${EXPECTED_ANSWER}` };
  if (word !== null) return { score: word };
  const scored = scoreCell(raw);
  if ('score' in scored && scored.score === 0) return { score: 0 };
  if ('score' in scored && (scored.score === 1 || scored.score === 100)) return { score: 100 };
  return { problem: `เกณฑ์ปี ${fiscalYear} ให้คะแนนข้อ OIT แบบมีหรือไม่มี: คำตอบต้องเป็น ${EXPECTED_ANSWER} (หรือ 100/0) แต่พบ "${raw.trim()}"` };
}
