import { EVIDENCE_TYPES, type EvidenceType, type FoundType } from './fileType';
import { sizeText } from './limits';
import { EVIDENCE_TH, FOUND_TH, type EvidenceCode } from './thaiWords';

export type { EvidenceCode } from './thaiWords';

/**
 * Why a file cannot be attached or kept, as a code and the values that say which file and by how
 * much: each screen words it in its reader's language; the stores send the Thai beside the code.
 * Sizes are bytes.
 */
export type EvidenceRefusal =
  | { code: 'file.empty'; values: { name: string } }
  | { code: 'file.unreadable'; values: { name: string } }
  | { code: 'file.typeNotAllowed'; values: { name: string; found: FoundType } }
  | { code: 'file.undecodable'; values: { name: string; type: EvidenceType } }
  | { code: 'file.tooBig'; values: { name: string; size: number; limit: number } }
  | { code: 'file.hashMismatch'; values: { name: string } }
  | { code: 'update.tooMany'; values: { count: number; limit: number } }
  | { code: 'agency.overQuota'; values: { used: number; adding: number; limit: number } };

/** Fills one template: the screen passes its catalog's, the domain the Thai one. */
export type EvidenceFill = (key: EvidenceCode | `found.${FoundType}`, values: Record<string, string | number>) => string;

const SIZE_KEYS = new Set(['size', 'limit', 'used', 'adding']);

/**
 * A refusal in words: sizes as '4.2 MB', a type by its label, a found type by the fill's own
 * `found.*` words. Counts stay numbers for the catalog to format.
 */
export function wordEvidenceRefusal(refusal: EvidenceRefusal, fill: EvidenceFill): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(refusal.values)) {
    if (key === 'found') values[key] = fill(`found.${value as FoundType}`, {});
    else if (key === 'type') values[key] = EVIDENCE_TYPES[value as EvidenceType].label;
    else if (refusal.code !== 'update.tooMany' && SIZE_KEYS.has(key) && typeof value === 'number') values[key] = sizeText(value);
    else values[key] = value;
  }
  return fill(refusal.code, values);
}

const thaiTemplate = (key: EvidenceCode | `found.${FoundType}`): string => (key.startsWith('found.') ? FOUND_TH[key.slice(6) as FoundType] : EVIDENCE_TH[key as EvidenceCode]);

export const thaiEvidenceFill: EvidenceFill = (key, values) =>
  thaiTemplate(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The one Thai sentence a store or the server sends beside the code. */
export const evidenceRefusalInThai = (refusal: EvidenceRefusal) => wordEvidenceRefusal(refusal, thaiEvidenceFill);
