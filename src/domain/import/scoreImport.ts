import type { Framework } from '../schemas/framework';
import { findHeader, likelyHeader } from './layout';
import { SEPARATORS, splitRows, type Separator } from './delimited';
import { decodeText, type TextEncodingName } from './encoding';
import { recordsFromJson } from './jsonRecords';
import { problem, type ImportProblem } from './problems';
import { judgeRecords, kindOf, otherYearRefusal, tooManyRows } from './records';
import { readScoreRows } from './sheetRows';

export type ImportKind = 'indicators' | 'oItems';

export type ImportValue = { kind: 'indicator'; indicator: number; score: number } | { kind: 'oItem'; code: string; score: number; comment: string };

export interface ImportRow {
  /** The row as a spreadsheet numbers it (title rows above the header count). For JSON, the item's place from 1. */
  row: number;
  value: ImportValue | null;
  /** Why the row cannot be saved, as codes the screen words; empty for a good row. */
  problems: ImportProblem[];
}

/** How the file was read, for the preview to say. */
export interface ImportSource {
  fileName: string;
  encoding?: TextEncodingName;
  separator?: Separator;
  /** The Excel sheet the rows came from. */
  sheet?: string;
}

/** Rows the import passed over on purpose, so the preview can say so. */
export interface SkippedRows {
  from: number;
  to: number;
  why: 'title' | 'section' | 'subtotal' | 'notes';
}

/** The total the file itself states, in its own row under the table. */
export interface FileTotal {
  row: number;
  /** As the file words it: 'คะแนนรวม', 'รวม', 'คะแนน ITA' … */
  label: string;
  score: number | null;
  /** Why the total's cell could not be read as a score; empty when it could. */
  problems: ImportProblem[];
}

export type ScoreImport =
  | { ok: true; kind: ImportKind; rows: ImportRow[]; source: ImportSource; skipped: SkippedRows[]; total: FileTotal | null }
  /** fileYear: every dated row names this other year, so the file belongs to it. */
  | { ok: false; problem: ImportProblem; source?: ImportSource; fileYear?: number };


function readJson(text: string, source: ImportSource, framework: Framework, fiscalYear: number): ScoreImport {
  const read = recordsFromJson(text);
  if ('problem' in read) return { ok: false, problem: read.problem, source };
  const kind = kindOf(read.records, read.columns);
  if (!kind || !read.columns.has('score')) {
    const keys = [...new Set(read.records.flatMap((r) => Object.keys(r.cells)))];
    return { ok: false, problem: keys.length ? problem('json.keys', { keys: keys.join(', ') }) : problem('json.noKeys'), source };
  }
  const tooMany = tooManyRows(read.records.length, framework, fiscalYear);
  if (tooMany) return { ok: false, problem: tooMany, source };
  const otherYear = otherYearRefusal(read.records, source, fiscalYear);
  if (otherYear) return otherYear;
  return { ok: true, kind: kind.kind, rows: judgeRecords(read.records, kind, framework, fiscalYear), source, skipped: [], total: null };
}

/**
 * The separator the header row is written with: the one that splits a row into a known item
 * column and a score column, else the one that splits the likeliest header into most cells.
 */
function readDelimited(text: string, source: ImportSource, framework: Framework, fiscalYear: number): ScoreImport {
  const tries = SEPARATORS.map((separator) => {
    const split = splitRows(text, separator);
    return { separator, split, header: findHeader(split.rows), width: likelyHeader(split.rows)?.cells.length ?? 0 };
  });
  // The widest split wins, the first of equals (comma before tab before semicolon).
  const chosen = tries.find((t) => t.header) ?? tries.reduce((best, t) => (t.width > best.width ? t : best));
  const separator = chosen.header || chosen.width > 1 ? chosen.separator : undefined;
  const read = { ...source, separator };
  const quote = chosen.split.unclosedQuote;
  if (quote) {
    const refused = quote.line === quote.row ? problem('quote.unclosed', { row: quote.row }) : problem('quote.unclosedLine', { row: quote.row, line: quote.line });
    return { ok: false, problem: refused, source: read };
  }
  return readScoreRows(chosen.split.rows, read, framework, fiscalYear);
}

const looksLikeJson = (fileName: string, text: string) => /\.json$/i.test(fileName) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

/** Reads text already decoded: a JSON list of rows, or a CSV or tab- or semicolon-separated table. */
export function readScoreFile(text: string, fileName: string, framework: Framework, fiscalYear: number, encoding?: TextEncodingName): ScoreImport {
  const source: ImportSource = encoding ? { fileName, encoding } : { fileName };
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: problem('file.empty'), source };
  return looksLikeJson(fileName, text) ? readJson(text, source, framework, fiscalYear) : readDelimited(text, source, framework, fiscalYear);
}

/**
 * Reads a file of indicator scores or O-item results for one fiscal year from its bytes, without
 * saving anything: which encoding and separator it is in, which rows it skipped, the total it
 * states, and every row with what it holds or why it cannot be saved.
 */
export function readScoreBytes(bytes: Uint8Array, fileName: string, framework: Framework, fiscalYear: number): ScoreImport {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, source: { fileName } };
  return readScoreFile(decoded.text, fileName, framework, fiscalYear, decoded.encoding);
}
