import type { Framework } from '../schemas/framework';
import { allFractions, percentHint, scoreCell, workbookHint } from './answers';
import { ITEM_COLUMNS, type Column, type HeaderPlaces } from './columns';
import { readIndicator, readOItemCode } from './items';
import { findHeader, isBlank, isNoteRow, isSubtotalLabel, isTotalLabel, likelyHeader } from './layout';
import { judgeRecords, kindOf, otherYearRefusal, tooManyRows, type ImportRecord } from './records';
import { problem, type ImportProblem } from './problems';
import type { FileTotal, ImportKind, ImportSource, ScoreImport, SkippedRows } from './scoreImport';

/** Why no header was found, quoting the likeliest header row the file has. */
function noHeader(rows: readonly string[][], source: ImportSource): ImportProblem {
  const seen = likelyHeader(rows);
  if (!seen) return problem('header.noData');
  const hasItem = seen.columns.some((c) => ITEM_COLUMNS.includes(c));
  const hasScore = seen.columns.includes('score');
  const cells = seen.cells.slice(0, 8).map((c) => `"${c}"`).join(', ') + (seen.cells.length > 8 ? ' …' : '');
  const row = seen.index + 1;
  if (seen.cells.length === 1 && source.separator === undefined && source.sheet === undefined) return problem('header.noSeparator', { row, cells });
  // Excel on a computer without Thai writes each Thai letter it cannot save as '?'.
  const lostThai = seen.cells.some((c) => /\?{2,}/.test(c)) && !seen.cells.some((c) => /[\u0E01-\u0E5B]/.test(c));
  const code = hasItem && !hasScore ? 'header.noScore' : hasScore && !hasItem ? 'header.noItem' : 'header.neither';
  return problem(code, { row, cells, lostThai: lostThai ? problem('header.lostThai') : '' });
}

/** Consecutive rows skipped for one reason, as one range. */
function skip(list: SkippedRows[], row: number, why: SkippedRows['why']) {
  const last = list.at(-1);
  if (last && last.why === why && last.to === row - 1) last.to = row;
  else list.push({ from: row, to: row, why });
}

/** A cell a short row leaves out reads as empty, as a spreadsheet shows it. */
const cellAt = (row: readonly string[], i: number) => row[i] ?? '';
/** The parsers give every row in place; the fallback only answers the index type. */
const rowAt = (rows: readonly (readonly string[])[], i: number): readonly string[] => rows[i] ?? [];

const cellsOf = (row: readonly string[], places: Partial<Record<Column, number>>) => {
  const cells: Partial<Record<Column, string>> = {};
  for (const [column, i] of Object.entries(places) as [Column, number][]) cells[column] = cellAt(row, i);
  return cells;
};

const width = (row: readonly string[]) => {
  let n = row.length;
  while (n > 0 && cellAt(row, n - 1).trim() === '') n -= 1;
  return n;
};

/**
 * Cells past the header's last column are not read, so a row that has them would lose them
 * silently: '1,85,5' under 'ตัวชี้วัด,คะแนน' would save 85, and a comment would be cut at its comma.
 */
function overflowProblem(row: readonly string[], columns: number, separator: ImportSource['separator']): ImportProblem | null {
  const cells = width(row);
  if (cells <= columns) return null;
  const extra = row.slice(columns, cells).map((c) => `"${c.trim()}"`).join(', ');
  const fix = problem(separator === ',' ? 'row.overflowFixComma' : 'row.overflowFixOther');
  return problem('row.overflow', { cells, columns, extra, fix });
}

function readTotal({ raw, row, label }: { raw: string; row: number; label: string }, hints: (raw: string, problems: readonly ImportProblem[]) => ImportProblem[]): FileTotal {
  const scored = scoreCell(raw);
  const problems = 'problem' in scored ? [scored.problem] : [];
  problems.push(...hints(raw, problems));
  return { row, label, score: 'score' in scored && problems.length === 0 ? scored.score : null, problems };
}

/** The row names no item, but one of its cells says it carries the total, or one instrument's. */
function totalLabel(row: readonly string[], places: Partial<Record<Column, number>>, framework: Framework): { label: string; subtotal: boolean } | null {
  let subtotal = false;
  const at = row.findIndex((cell, i) => {
    if (i === places.score) return false;
    subtotal = isSubtotalLabel(cell, framework.instruments);
    return subtotal || isTotalLabel(cell);
  });
  if (at < 0) return null;
  const namesItem = ITEM_COLUMNS.some((c) => {
    const i = places[c];
    return i !== undefined && i !== at && cellAt(row, i).trim() !== '';
  });
  return namesItem ? null : { label: cellAt(row, at).trim(), subtotal };
}

/**
 * A heading inside the table ('9.1 ข้อมูลพื้นฐาน', 'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล' over O-items):
 * one cell of text, no score, naming no item of the kind the file lists.
 */
function isSectionRow(row: readonly string[], places: HeaderPlaces, kind: ImportKind | undefined, framework: Framework, fiscalYear: number): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  if (cells.length !== 1 || cellAt(row, places.score).trim() !== '') return false;
  const text = cells.join('');
  if (readOItemCode(text) !== null) return false;
  return kind === 'oItems' || 'problem' in readIndicator(text, framework, fiscalYear);
}

/**
 * A sheet's rows (from a CSV, a tab-separated text or an Excel sheet) as a score import: title
 * lines above the header and notes under the table are skipped and said to be; a row that
 * carries the total is the file's reported total, not a bad row.
 */
export function readScoreRows(rows: readonly string[][], source: ImportSource, framework: Framework, fiscalYear: number): ScoreImport {
  const header = findHeader(rows);
  if (!header) return { ok: false, problem: noHeader(rows, source), source };
  const { index, places } = header;
  const skipped: SkippedRows[] = [];
  if (rows.slice(0, index).some((r) => !isBlank(r))) skipped.push({ from: 1, to: index, why: 'title' });

  let end = rows.length;
  while (end > index + 1 && (isBlank(rowAt(rows, end - 1)) || isNoteRow(rowAt(rows, end - 1)))) end -= 1;
  const tooMany = tooManyRows(rows.slice(index + 1, end).filter((r) => !isBlank(r)).length, framework, fiscalYear);
  if (tooMany) return { ok: false, problem: tooMany, source };
  // The grand total closes the table: what follows it ('ระดับผลการประเมิน, A', a signature) is notes.
  for (let i = end - 1; i > index; i -= 1) {
    const found = totalLabel(rowAt(rows, i), places, framework);
    if (found && !found.subtotal) {
      end = i + 1;
      break;
    }
  }
  const body = rows.slice(index + 1, end).map((row, i) => ({ row: index + i + 2, cells: cellsOf(row, places) }));
  const columns = new Set(Object.keys(places) as Column[]);
  // What the file lists decides what a lone line inside it is: an indicator's name over O-items is a heading.
  const listed = kindOf(body, columns)?.kind;
  const totals: { row: number; label: string; raw: string }[] = [];
  const records: ImportRecord[] = [];
  const overflows: (ImportProblem | null)[] = [];
  const columnCount = width(rowAt(rows, index));
  const sections: number[] = [];
  const subtotals: number[] = [];
  for (let i = index + 1; i < end; i += 1) {
    const row = rowAt(rows, i);
    if (isBlank(row)) continue;
    const found = totalLabel(row, places, framework);
    if (found?.subtotal) subtotals.push(i + 1);
    else if (found) totals.push({ row: i + 1, label: found.label, raw: cellAt(row, places.score).trim() });
    else if (isSectionRow(row, places, listed, framework, fiscalYear)) sections.push(i + 1);
    else {
      records.push({ row: i + 1, cells: cellsOf(row, places) });
      overflows.push(overflowProblem(row, columnCount, source.separator));
    }
  }
  for (const row of sections) skip(skipped, row, 'section');
  for (const [i, row] of rows.slice(end).entries()) if (!isBlank(row)) skip(skipped, end + i + 1, 'notes');

  const kind = kindOf(records, columns);
  if (!kind || records.length === 0) {
    return { ok: false, problem: problem('header.only', { row: index + 1 }), source };
  }
  const otherYear = otherYearRefusal(records, source, fiscalYear);
  if (otherYear) return otherYear;
  // Per-instrument subtotals come before the grand total, which closes the table.
  const total = totals.at(-1) ?? null;
  for (const row of [...subtotals, ...totals.slice(0, -1).map((t) => t.row)].sort((a, b) => a - b)) skip(skipped, row, 'subtotal');
  skipped.sort((a, b) => a.from - b.from);
  // Present-or-absent O-items answer 1 for present; a 1 there is not a percentage.
  const sheetScores = source.sheet !== undefined && !(kind.kind === 'oItems' && framework.oItemScoring === 'present-absent');
  const fractions = sheetScores && allFractions(records.map((r) => r.cells.score ?? ''));
  const sheetHints = (raw: string, problems: readonly ImportProblem[]) => {
    if (source.sheet === undefined) return [];
    const percent = sheetScores ? percentHint(raw, fractions) : null;
    const unrounded = problems.length > 0 || percent ? workbookHint(raw) : null;
    return [percent, unrounded].filter((h): h is ImportProblem => h !== null);
  };
  const judged = judgeRecords(records, kind, framework, fiscalYear).map((row, i) => {
    const problems = [overflows[i], ...row.problems].filter((p): p is ImportProblem => Boolean(p));
    problems.push(...sheetHints(records[i]?.cells.score ?? '', problems));
    return problems.length > row.problems.length ? { ...row, value: null, problems } : row;
  });
  return { ok: true, kind: kind.kind, rows: judged, source, skipped, total: total && readTotal(total, sheetHints) };
}
