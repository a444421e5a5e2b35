import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';
import { EVIDENCE_LIMITS, FILE_NAME_MAX } from './limits';
import { STORED_TYPES, type StoredType } from './storedTypes';

/** Types shown on the update as a picture, which the browser has measured. */
const MEASURED: ReadonlySet<StoredType> = new Set(['jpeg', 'png']);

// Generous: the downscale keeps 2,000 px, but a record must still read if that limit ever rises.
const sideSchema = z.number().check(z.int(), z.minimum(1), z.maximum(100_000));

/**
 * The reference an update carries to one of its files; the bytes are kept beside it (IndexedDB
 * store `evidenceFiles`, or the server's table) under the same id, and checked against `sha256`.
 */
export const evidenceFileSchema = z
  .object({
    id: idSchema,
    /** As the person named it (Thai kept), with no path and the kept type's extension: see evidenceName. */
    name: z.string().check(
      z.minLength(1, { error: 'ต้องมีชื่อไฟล์' }),
      z.maxLength(FILE_NAME_MAX, { error: `ชื่อไฟล์ยาวเกิน ${FILE_NAME_MAX} ตัวอักษร` }),
      z.refine((name) => !/[/\\]/.test(name), { error: 'ชื่อไฟล์ต้องไม่มี / หรือ \\', params: { code: 'file-name-path' } }),
    ),
    type: z.enum(STORED_TYPES, { error: 'ชนิดไฟล์ไม่อยู่ในรายการที่แนบได้' }),
    size: z.number().check(
      z.int(),
      z.minimum(1, { error: 'ไฟล์ว่าง ไม่มีข้อมูล' }),
      z.maximum(EVIDENCE_LIMITS.fileBytes, { error: 'ไฟล์มีขนาดเกิน 10 MB' }),
    ),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'SHA-256 ต้องเป็นเลขฐานสิบหก 64 ตัว (ตัวพิมพ์เล็ก)' })),
    width: z.optional(sideSchema),
    height: z.optional(sideSchema),
  })
  .check(
    z.refine((f) => !MEASURED.has(f.type) || (f.width !== undefined && f.height !== undefined), {
      error: 'รูปภาพต้องมีความกว้างและความสูง',
      path: ['width'],
      params: { code: 'evidence-image-size-missing' },
    }),
    z.refine((f) => MEASURED.has(f.type) || f.type === 'tiff' || (f.width === undefined && f.height === undefined), {
      error: 'เอกสารไม่มีความกว้างและความสูง',
      path: ['width'],
      params: { code: 'evidence-document-size' },
    }),
  );
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** The files of one update: none, or up to the limit, each id once. */
export const evidenceFilesSchema = z.array(evidenceFileSchema).check(
  z.maxLength(EVIDENCE_LIMITS.filesPerUpdate, { error: `แนบไฟล์ได้ไม่เกิน ${EVIDENCE_LIMITS.filesPerUpdate} ไฟล์ต่อการรายงานหนึ่งครั้ง` }),
  z.refine((files) => new Set(files.map((f) => f.id)).size === files.length, { error: 'ไฟล์หลักฐานซ้ำกัน', params: { code: 'evidence-duplicate-id' } }),
);
