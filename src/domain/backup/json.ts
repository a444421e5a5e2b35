/** Where a JSON parser gave up, counted from 1 as text editors count. */
export interface JsonPlace {
  line: number;
  column: number;
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; place: JsonPlace | null };

/**
 * Engines word the error differently and some give no place at all: V8 says "position N" (newer
 * releases add line and column), Firefox "line L column C", Safari neither. A place is a help to
 * whoever mends the file, never something to rely on.
 */
export function placeOfJsonError(message: string, text: string): JsonPlace | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

export function parseJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, place: placeOfJsonError(String(error), text) };
  }
}

export function notJsonMessage(place: JsonPlace | null): string {
  const where = place ? ` (อ่านไม่ได้ตั้งแต่บรรทัดที่ ${place.line} ตัวอักษรที่ ${place.column})` : '';
  return `ไฟล์นี้ไม่ใช่ไฟล์ JSON หรือถูกตัดขาด/แก้ไขจนอ่านไม่ได้${where}`;
}
