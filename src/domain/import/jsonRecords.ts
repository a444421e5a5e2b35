import { problem, type ImportProblem } from './problems';
import { columnOf, type Column } from './columns';
import type { ImportRecord } from './records';

/** A JSON list of rows, or an object whose "rows" is one, keyed by the same column names as a sheet. */
export function recordsFromJson(text: string): { records: ImportRecord[]; columns: Set<Column> } | { problem: ImportProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // JSON.parse throws nothing but a SyntaxError.
    return { problem: problem('json.syntax', { message: (error as SyntaxError).message }) };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { rows?: unknown }).rows) ? (data as { rows: unknown[] }).rows : null;
  if (!list) return { problem: problem('json.notList') };
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
