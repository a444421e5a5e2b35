import type { Framework } from '../schemas/framework';
import { indicatorsOf } from '../scoring';
import type { ImportKind } from './scoreImport';

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * A CSV to fill in for a year: one row per indicator (or O-item) with its name, the score left
 * blank. It starts with a byte-order mark so Excel opens the Thai as Thai; the name column is
 * there for the reader and ignored on import.
 */
export function scoreTemplate(kind: ImportKind, framework: Framework, fiscalYear: number): string {
  const lines =
    kind === 'indicators'
      ? [
          ['ปีงบประมาณ', 'ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน'],
          ...indicatorsOf(framework).map((d) => [fiscalYear, d.number, d.name, '']),
        ]
      : [
          ['ปีงบประมาณ', 'รหัส', 'ชื่อข้อ', 'คะแนน', 'ความเห็นของผู้ตรวจ'],
          ...framework.oItems.map((o) => [fiscalYear, o.code, o.name, '', '']),
        ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
}
