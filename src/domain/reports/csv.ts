/** What Excel needs to read a CSV file as UTF-8 rather than the Windows Thai code page. */
export const BOM = '\uFEFF';

// A cell that starts like a formula would run as one when the file is opened in a spreadsheet.
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file as Excel opens it with Thai intact: a byte-order mark, comma-separated, CRLF line
 * ends, quoted where a cell holds a comma, a quote or a line break. A text cell that would start
 * a formula gets a leading apostrophe, which Excel shows as plain text.
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
