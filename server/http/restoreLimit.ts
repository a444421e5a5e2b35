import { errorResponse } from '../../api/respond';
import { sizeText } from '../../src/domain/evidence/limits';

/** Room for the parts' own headers (a few hundred bytes a file) beyond the quota and the JSON. */
const PART_HEADERS_BYTES = 1024 * 1024;

/**
 * The largest restore the server takes (PUT /api/v1/data as multipart): every file the agency's
 * quota (ITA_EVIDENCE_QUOTA_MB) may hold, the data set's JSON up to the API's own limit, and the
 * parts' headers. It follows the quota, so a backup the server itself made always fits.
 */
export const restoreBodyBytes = (quotaBytes: number, jsonBytes: number) => quotaBytes + jsonBytes + PART_HEADERS_BYTES;

/**
 * 413 for a restore too large to take, in Thai naming its size (when the request declared it)
 * and the limit (the screens add that nothing changed); `code`/`values` for a screen in another language.
 */
export function restoreTooLarge(limit: number, size: number | null, inJson = false): Response {
  const what = size === null ? `เกิน ${sizeText(limit)}` : `${sizeText(size)} เกิน ${sizeText(limit)}`;
  const message = inJson
    ? `คำขอใหญ่เกินไป: ข้อมูลในไฟล์สำรอง (ไม่นับไฟล์หลักฐาน) มีขนาด ${what} ซึ่งเป็นขนาดที่เซิร์ฟเวอร์นี้รับได้`
    : `คำขอใหญ่เกินไป: ไฟล์สำรองข้อมูลพร้อมไฟล์หลักฐานมีขนาด ${what} ซึ่งเป็นขนาดที่เซิร์ฟเวอร์นี้รับกู้คืนได้ (ตามพื้นที่ไฟล์หลักฐานของหน่วยงาน)`;
  return errorResponse(413, {
    kind: 'validation',
    message,
    code: inJson ? 'restore.jsonTooLarge' : 'restore.tooLarge',
    values: size === null ? { limit } : { size, limit },
  });
}
