import type { OItemScoring } from '../schemas/framework';
import { scoreFromText } from '../typedScore';
import { arabicDigits } from './digits';

const PRESENT = ['มี', 'ผ่าน', '✓', '✔', '☑', '√', 'yes', 'y', 'true'];
const ABSENT = ['ไม่มี', 'ไม่ผ่าน', '✗', '✘', '☒', 'x', '×', 'no', 'n', 'false'];
const EXPECTED_ANSWER = 'มี/ไม่มี, ผ่าน/ไม่ผ่าน, ✓/✗ หรือ 1/0';

const plain = (raw: string) => arabicDigits(raw.normalize('NFKC').trim()).toLowerCase();

/** A score as a cell holds it; a trailing % is how Excel shows a percentage-formatted cell. */
export function scoreCell(raw: string): { score: number } | { problem: string } {
  return scoreFromText(raw.trim().replace(/\s*%$/, ''));
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
