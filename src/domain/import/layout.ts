import { columnOf, columnPlaces, headerForm, isHeaderRow, type Column, type HeaderPlaces } from './columns';

/** A sheet's title, date and unit lines sit above its table; a header further down is not one. */
const HEADER_WITHIN = 30;

export const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

export interface Header {
  /** The header's index in the rows (its row number less one). */
  index: number;
  places: HeaderPlaces;
}

/** The first row that names an item column and a score column. */
export function findHeader(rows: readonly string[][]): Header | null {
  for (const [index, row] of rows.slice(0, HEADER_WITHIN).entries()) {
    const places = columnPlaces(row);
    if (isHeaderRow(places)) return { index, places };
  }
  return null;
}

/**
 * The row a reader would take for the header when none qualifies: the one naming the most known
 * columns, else the one with the most cells. A refusal quotes it so the officer sees what the
 * app saw.
 */
export function likelyHeader(rows: readonly string[][]): { index: number; cells: string[]; columns: Column[] } | null {
  let best: { index: number; cells: string[]; columns: Column[] } | null = null;
  for (const [i, row] of rows.slice(0, HEADER_WITHIN).entries()) {
    const cells = row.map((c) => c.trim()).filter(Boolean);
    if (cells.length === 0) continue;
    const columns = cells.map(columnOf).filter((c): c is Column => c !== null);
    const better = !best || columns.length > best.columns.length || (columns.length === best.columns.length && cells.length > best.cells.length);
    if (better) best = { index: i, cells, columns };
  }
  return best;
}

/** What officers write in the row under the table that carries the total. */
const TOTAL_LABELS = new Set(
  ['คะแนนรวม', 'รวม', 'คะแนน ITA', 'รวมทั้งสิ้น', 'คะแนนรวม ITA', 'คะแนน ITA รวม', 'รวมคะแนน', 'ผลรวม', 'คะแนนรวมทั้งสิ้น', 'total', 'ITA score', 'total score'].map(
    headerForm,
  ),
);

export const isTotalLabel = (cell: string) => TOTAL_LABELS.has(headerForm(cell));

const SUBTOTAL_WORDS = ['รวม', 'คะแนนรวม', 'รวมคะแนน', 'ผลรวม', 'คะแนน', 'total', 'subtotal'].map(headerForm);

/** 'รวม IIT', 'คะแนนรวม (EIT)', 'รวม แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก': one instrument's share, not the file's total. */
export function isSubtotalLabel(cell: string, instruments: readonly { code: string; name: string; nameEn: string }[]): boolean {
  const form = headerForm(cell).replace(/[()[\]]/g, '');
  const named = new Set(instruments.flatMap((i) => [i.code, i.name, i.nameEn]).map(headerForm));
  return SUBTOTAL_WORDS.some((word) => form.startsWith(word) && named.has(form.slice(word.length)));
}

/** Lines under a table that explain it rather than hold a result. */
const NOTE_START = /^(?:หมายเหตุ|ที่มา|แหล่งข้อมูล|ข้อมูล ณ|จัดทำโดย|ผู้จัดทำ|ผู้รายงาน|ลงชื่อ|\*|note|source)/i;

/** A row with one cell of text that begins as a note does. */
export function isNoteRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter(Boolean);
  return cells.length === 1 && NOTE_START.test(cells.join(''));
}
