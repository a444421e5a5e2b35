import { evidenceFileSchema, type EvidenceFile } from '../../../domain/evidence/schema';

/**
 * The header a file's answer carries its reference in (name, type, size, SHA-256), so a client
 * reading the bytes gets the rest in the same request. Header values are ASCII and a Thai name is
 * not, so the reference travels as base64url of its UTF-8 JSON, unpadded.
 */
export const EVIDENCE_FILE_HEADER = 'X-Evidence-File';

export function encodeEvidenceHeader(file: EvidenceFile): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(file))) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The reference a header names, or null when there is none or it does not read as one. */
export function decodeEvidenceHeader(value: string | null): EvidenceFile | null {
  if (value === null || !/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const parsed = evidenceFileSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
