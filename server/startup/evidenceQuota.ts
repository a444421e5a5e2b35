import { EVIDENCE_LIMITS } from '../../src/domain/evidence/limits';

export const EVIDENCE_QUOTA_ENV = 'ITA_EVIDENCE_QUOTA_MB';
const MB = 1024 * 1024;
/**
 * A backup holding every file is a zip, and fflate writes no Zip64: past 4 GB (4,096 MB) it
 * could not be written. The margin leaves room for the JSON and the zip's own headers.
 */
export const EVIDENCE_QUOTA_MAX_MB = 4000;

export type EvidenceQuota = { ok: true; bytes: number } | { ok: false; th: string; en: string };

/**
 * ITA_EVIDENCE_QUOTA_MB as the server reads it once at start: unset or empty is the default
 * (2,048 MB); a whole number of megabytes (binary, as the app shows them) from 0 (no files kept)
 * to the most a backup can hold; anything else refused in one sentence, for the start to stop on.
 */
export function evidenceQuotaFrom(value: string | undefined): EvidenceQuota {
  const text = value?.trim() ?? '';
  if (!text) return { ok: true, bytes: EVIDENCE_LIMITS.agencyQuotaBytes };
  const mb = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (mb <= EVIDENCE_QUOTA_MAX_MB) return { ok: true, bytes: mb * MB };
  const shown = JSON.stringify(text.slice(0, 40));
  return {
    ok: false,
    th: `${EVIDENCE_QUOTA_ENV}=${shown} ใช้ไม่ได้: ต้องเป็นจำนวนเต็มเมกะไบต์ ตั้งแต่ 0 ถึง ${EVIDENCE_QUOTA_MAX_MB} (ค่าเริ่มต้น 2048 คือ 2 GB) หรือไม่ต้องตั้ง`,
    en: `${EVIDENCE_QUOTA_ENV}=${shown} is not usable: give a whole number of megabytes from 0 to ${EVIDENCE_QUOTA_MAX_MB} (default 2048, which is 2 GB), or leave it unset`,
  };
}
