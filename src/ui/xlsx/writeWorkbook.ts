import type { ExportTable, TableCell } from '../../domain/reports/xlsxTables';
import type * as WriterModuleType from 'write-excel-file/universal';

type WriterModule = typeof WriterModuleType;
type Cell = WriterModuleType.Cell;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Excel measures a column in characters of its default font; Thai wraps past this.
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
// Thai vowel and tone marks written above or below a consonant take no width of their own.
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** The writer's chunk did not arrive (offline, or a deploy replaced it): not a fault in the data. */
export class WorkbookWriterLoadError extends Error {
  constructor(cause: unknown) {
    super('the .xlsx writer could not be loaded', { cause });
    this.name = 'WorkbookWriterLoadError';
  }
}

/**
 * The tables as one .xlsx file, a sheet each: a bold header row that stays in view, numbers as
 * numbers, text as text (a B.E. date too, which Excel would otherwise read as a date in C.E.),
 * multi-line cells wrapped. The writer is fetched only now: most visits never export.
 */
export async function writeWorkbook(tables: readonly ExportTable[]): Promise<Blob> {
  let library: WriterModule;
  try {
    library = await import('write-excel-file/universal');
  } catch (e) {
    throw new WorkbookWriterLoadError(e);
  }
  const sheets = tables.map((table) => ({
    sheet: table.name,
    data: [table.header.map((title): Cell => ({ value: title, type: String, fontWeight: 'bold', wrap: true })), ...table.rows.map((row) => row.map(cell))],
    columns: table.header.map((title, i) => ({ width: columnWidth([title, ...table.rows.map((row) => row[i] ?? null)]) })),
    stickyRowsCount: 1,
  }));
  const blob = await library.default(sheets).toBlob();
  return new Blob([blob], { type: XLSX_TYPE });
}

function cell(value: TableCell): Cell {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  return { value, type: String, wrap: value.includes('\n'), alignVertical: 'top' };
}

/** Wide enough for the longest line in the column, within limits a screen can show. */
export function columnWidth(values: readonly TableCell[]): number {
  const longest = Math.max(0, ...values.flatMap((v) => (v === null ? [] : String(v).split('\n'))).map((line) => line.replace(ZERO_WIDTH, '').length));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
