import type { Framework } from '../schemas/framework';
import { indicatorsOf } from '../scoring';
import { scoreFromText } from '../typedScore';
import { arabicDigits, parseDelimited } from './delimited';

export type ImportKind = 'indicators' | 'oItems';

export type ImportValue = { kind: 'indicator'; indicator: number; score: number } | { kind: 'oItem'; code: string; score: number; comment: string };

export interface ImportRow {
  /** The row as a spreadsheet numbers it: the header is row 1. For JSON, the item's place from 1. */
  row: number;
  value: ImportValue | null;
  /** Why the row cannot be saved, in Thai; empty for a good row. */
  problems: string[];
}

export type ScoreImport = { ok: true; kind: ImportKind; rows: ImportRow[] } | { ok: false; problem: string };

/** Column names a person might use, Thai or English, compared without case or spaces. */
const COLUMNS = {
  indicator: ['ตัวชี้วัด', 'ตัวชี้วัดที่', 'indicator', 'indicatornumber'],
  code: ['รหัส', 'ข้อ', 'ข้อoit', 'รหัสข้อ', 'code', 'oitem', 'item'],
  score: ['คะแนน', 'score'],
  year: ['ปีงบประมาณ', 'ปี', 'year', 'fiscalyear'],
  comment: ['ความเห็นของผู้ตรวจ', 'ความเห็น', 'comment', 'assessorcomment'],
} as const;
type Column = keyof typeof COLUMNS;

const squash = (s: string) => s.toLowerCase().replace(/[\s_\-.]/g, '');

function columnOf(header: string): Column | null {
  const key = squash(header);
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    if (names.some((n) => squash(n) === key)) return column;
  }
  return null;
}

/** "5", "ตัวชี้วัดที่ 5", "5 การแก้ไขปัญหาการทุจริต" and "๕" are all indicator 5; "10.1" is a sub-issue, not 10. */
function readIndicator(raw: string): number | null {
  const match = /^(?:ตัวชี้วัดที่|indicator)?\s*(\d{1,2})(?:\s|$|\.(?!\d))/i.exec(arabicDigits(raw.trim()) + ' ');
  return match ? Number(match[1]) : null;
}

/** "O35", "o35", "O 35" and "O๓๕" are all O35. */
function readCode(raw: string): string | null {
  const match = /^[oO]\s*(\d{1,2})$/.exec(arabicDigits(raw.trim()));
  return match ? `O${Number(match[1])}` : null;
}

function readYear(raw: string): number | null {
  const match = /(\d{4})/.exec(arabicDigits(raw));
  return match ? Number(match[1]) : null;
}

type Record_ = { row: number; cells: Partial<Record<Column, string>> };

function recordsFromDelimited(text: string): { records: Record_[]; columns: Set<Column> } | { problem: string } {
  const { rows } = parseDelimited(text);
  const headerIndex = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { problem: 'ไฟล์ว่าง ไม่มีข้อมูล' };
  const header = (rows[headerIndex] ?? []).map(columnOf);
  const columns = new Set(header.filter((c): c is Column => c !== null));
  const records = rows.slice(headerIndex + 1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const record: Partial<Record<Column, string>> = {};
    header.forEach((column, j) => {
      if (column) record[column] = cells[j] ?? '';
    });
    return [{ row: headerIndex + i + 2, cells: record }];
  });
  return { records, columns };
}

function recordsFromJson(text: string): { records: Record_[]; columns: Set<Column> } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'อ่านไฟล์ JSON ไม่ได้ รูปแบบไม่ถูกต้อง' };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { rows?: unknown }).rows) ? (data as { rows: unknown[] }).rows : null;
  if (!list) return { problem: 'ไฟล์ JSON ต้องเป็นรายการ (array) ของแถว หรือวัตถุที่มี "rows" เป็นรายการ' };
  const columns = new Set<Column>();
  const records = list.map((item, i) => {
    const cells: Partial<Record<Column, string>> = {};
    if (item && typeof item === 'object') {
      for (const [key, value] of Object.entries(item)) {
        const column = columnOf(key);
        if (column && (typeof value === 'string' || typeof value === 'number')) {
          cells[column] = String(value);
          columns.add(column);
        }
      }
    }
    return { row: i + 1, cells };
  });
  return { records, columns };
}

/**
 * Reads a file of indicator scores or O-item results for one fiscal year, row by row, without
 * saving anything: every row says what it holds or why it cannot be saved (unknown indicator or
 * O-item, a score that is not 0–100 with two decimals, a duplicate, another year's result).
 */
export function readScoreFile(text: string, fileName: string, framework: Framework, fiscalYear: number): ScoreImport {
  const json = /\.json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  const read = json ? recordsFromJson(text) : recordsFromDelimited(text);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const { records, columns } = read;
  const kind: ImportKind | null = columns.has('indicator') ? 'indicators' : columns.has('code') ? 'oItems' : null;
  if (!kind || !columns.has('score')) {
    return {
      ok: false,
      problem: 'ไม่พบหัวคอลัมน์ที่ต้องมี: คะแนนรายตัวชี้วัดต้องมีคอลัมน์ "ตัวชี้วัด" และ "คะแนน" (indicator, score) ผล OIT ต้องมีคอลัมน์ "รหัส" และ "คะแนน" (code, score)',
    };
  }
  if (records.length === 0) return { ok: false, problem: 'ไฟล์มีแต่หัวคอลัมน์ ไม่มีแถวข้อมูล' };

  const indicators = new Set(indicatorsOf(framework).map((d) => d.number));
  const oItems = new Set(framework.oItems.map((o) => o.code));
  const seen = new Map<string, number>();
  const rows = records.map(({ row, cells }): ImportRow => {
    const problems: string[] = [];
    const year = cells.year?.trim() ? readYear(cells.year) : null;
    if (cells.year?.trim() && year !== fiscalYear) problems.push(`เป็นผลของปี ${year ?? cells.year.trim()} ไม่ใช่ปี ${fiscalYear}`);
    const scored = scoreFromText(cells.score ?? '');
    if ('problem' in scored) problems.push(scored.problem);
    let value: ImportValue | null = null;
    let key: string | null = null;
    if (kind === 'indicators') {
      const n = readIndicator(cells.indicator ?? '');
      if (n === null) problems.push(`อ่านเลขตัวชี้วัดจาก "${(cells.indicator ?? '').trim()}" ไม่ได้`);
      else if (!indicators.has(n)) problems.push(`ไม่มีตัวชี้วัดที่ ${n} ในเกณฑ์ปี ${fiscalYear}`);
      else {
        key = `ตัวชี้วัดที่ ${n}`;
        if ('score' in scored) value = { kind: 'indicator', indicator: n, score: scored.score };
      }
    } else {
      const code = readCode(cells.code ?? '');
      if (code === null) problems.push(`อ่านรหัสข้อ OIT จาก "${(cells.code ?? '').trim()}" ไม่ได้ (ต้องเป็น O ตามด้วยตัวเลข เช่น O35)`);
      else if (!oItems.has(code)) problems.push(`ไม่มีข้อ ${code} ในเกณฑ์ปี ${fiscalYear}`);
      else {
        key = code;
        if ('score' in scored) value = { kind: 'oItem', code, score: scored.score, comment: (cells.comment ?? '').trim() };
      }
    }
    if (key !== null) {
      const first = seen.get(key);
      if (first !== undefined) problems.push(`${key} ซ้ำกับแถวที่ ${first}`);
      else seen.set(key, row);
    }
    return { row, value: problems.length ? null : value, problems };
  });
  return { ok: true, kind, rows };
}
