import { problem } from '../../domain/import/problems';
import { readScoreBytes, type ScoreImport } from '../../domain/import/scoreImport';
import { readScoreRows } from '../../domain/import/sheetRows';
import type { Framework } from '../../domain/schemas/framework';
import { isOfficeCompound, isXlsx, readWorkbook, type Sheet } from '../../ui/xlsx/readWorkbook';

/** What a chosen file gave: its reading, and for a workbook its sheets and which one was read. */
export interface ImportRead {
  file: string;
  result: ScoreImport;
  /** passedOver: the sheets before the chosen one that hold no score table, when the app chose. */
  workbook: { sheets: Sheet[]; chosen: number; passedOver?: string[] } | null;
}

/** One sheet of a workbook through the very steps a CSV goes through. */
export function readSheet(file: string, sheets: Sheet[], chosen: number, framework: Framework, fiscalYear: number): ImportRead {
  const sheet = sheets[chosen];
  const result: ScoreImport = sheet
    ? readScoreRows(sheet.rows, { fileName: file, sheet: sheet.name }, framework, fiscalYear)
    : { ok: false, problem: problem('sheet.missing') };
  return { file, result, workbook: { sheets, chosen } };
}

/**
 * A chosen file read by what its bytes are, not by its name: an .xlsx renamed .csv is still a
 * workbook, and a CSV saved as .txt still text. A workbook opens at its first sheet that holds a
 * score table: offices put a cover or notes sheet first, and refusing the file for it would send
 * the officer hunting for the picker.
 */
export async function readChosenFile(file: File, framework: Framework, fiscalYear: number): Promise<ImportRead> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  // A password-protected .xlsx is an OLE file like an old .xls: the workbook reader's refusal
  // names both, where the text reader would call it an .xls.
  if (!isXlsx(bytes) && !isOfficeCompound(bytes)) return { file: file.name, result: readScoreBytes(bytes, file.name, framework, fiscalYear), workbook: null };
  const workbook = await readWorkbook(buffer);
  if (!workbook.ok) return { file: file.name, result: { ok: false, problem: problem(`workbook.${workbook.code}`, workbook.values), source: { fileName: file.name } }, workbook: null };
  return openWorkbook(file.name, workbook.sheets, framework, fiscalYear);
}

/** A workbook's first sheet that holds a score table, read sheet by sheet: those after it are read only when picked. */
export function openWorkbook(file: string, sheets: Sheet[], framework: Framework, fiscalYear: number): ImportRead {
  const first = readSheet(file, sheets, 0, framework, fiscalYear);
  if (first.result.ok) return first;
  for (let i = 1; i < sheets.length; i++) {
    const read = readSheet(file, sheets, i, framework, fiscalYear);
    if (read.result.ok) return { ...read, workbook: { sheets, chosen: i, passedOver: sheets.slice(0, i).map((s) => s.name) } };
  }
  // No sheet holds a table: the first sheet's refusal says why.
  return first;
}
