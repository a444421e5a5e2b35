/**
 * A CSV or tab-separated file as rows of cells (RFC 4180: quoted cells may hold the delimiter,
 * line breaks and doubled quotes). The delimiter is a tab when the first line has one, else a
 * comma. A byte-order mark is dropped; blank lines are kept as empty rows so row numbers match
 * what a spreadsheet shows.
 */
export function parseDelimited(text: string): { delimiter: ',' | '\t'; rows: string[][] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { delimiter, rows };
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Thai numerals as Arabic ones (๒๕๖๖ → 2566), as official documents often write them. */
export function arabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}
