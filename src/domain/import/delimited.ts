export type Separator = ',' | '\t' | ';';

/** Comma first: where a header row could be read more than one way, CSV is what Excel writes. */
export const SEPARATORS: readonly Separator[] = [',', '\t', ';'];

export interface DelimitedRows {
  rows: string[][];
  /**
   * Where a quoted cell opened that never closed: the row as a spreadsheet numbers it and the
   * line of the text. Everything from there on was swallowed into that one cell.
   */
  unclosedQuote: { row: number; line: number } | null;
}

/**
 * CSV or tab-separated text as rows of cells (RFC 4180: a cell that starts with a quote may hold
 * the separator, line breaks and doubled quotes). A byte-order mark is dropped; blank lines are
 * kept as empty rows so row numbers match what a spreadsheet shows.
 */
export function splitRows(text: string, separator: Separator): DelimitedRows {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let openedAt = { row: 1, line: 1 };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && body[i + 1] !== '\n')) line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      openedAt = { row: rows.length + 1, line };
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      line += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0 || quoted) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, unclosedQuote: quoted ? openedAt : null };
}

/**
 * A CSV or tab-separated text as others write it (this app's own exports, a pasted list): the
 * delimiter is a tab when the first line has one, else a comma.
 */
export function parseDelimited(text: string): { delimiter: ',' | '\t'; rows: string[][] } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  return { delimiter, rows: splitRows(text, delimiter).rows };
}

// Kept here too for the forms that have always imported it from here.
export { arabicDigits } from './digits';
