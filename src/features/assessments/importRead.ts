import { readScoreBytes, type ScoreImport } from '../../domain/import/scoreImport';
import { readScoreRows } from '../../domain/import/sheetRows';
import type { Framework } from '../../domain/schemas/framework';
import { isXlsx, readWorkbook, type Sheet } from '../../ui/xlsx/readWorkbook';

/** What a chosen file gave: its reading, and for a workbook its sheets and which one was read. */
export interface ImportRead {
  file: string;
  result: ScoreImport;
  workbook: { sheets: Sheet[]; chosen: number } | null;
}

/** One sheet of a workbook through the very steps a CSV goes through. */
export function readSheet(file: string, sheets: Sheet[], chosen: number, framework: Framework, fiscalYear: number): ImportRead {
  const sheet = sheets[chosen];
  const result: ScoreImport = sheet
    ? readScoreRows(sheet.rows, { fileName: file, sheet: sheet.name }, framework, fiscalYear)
    : { ok: false, problem: 'ไม่มีแผ่นงานนี้ในไฟล์' };
  return { file, result, workbook: { sheets, chosen } };
}

/**
 * A chosen file read by what its bytes are, not by its name: an .xlsx renamed .csv is still a
 * workbook, and a CSV saved as .txt still text. A workbook starts at its first sheet.
 */
export async function readChosenFile(file: File, framework: Framework, fiscalYear: number): Promise<ImportRead> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (!isXlsx(bytes)) return { file: file.name, result: readScoreBytes(bytes, file.name, framework, fiscalYear), workbook: null };
  const workbook = await readWorkbook(buffer);
  if (!workbook.ok) return { file: file.name, result: { ok: false, problem: workbook.problem, source: { fileName: file.name } }, workbook: null };
  return readSheet(file.name, workbook.sheets, 0, framework, fiscalYear);
}
