import type { EvidenceCode, EvidenceRefusal } from '../domain/evidence/refusals';
import { EVIDENCE_TH } from '../domain/evidence/thaiWords';
import { isStoreError } from './storeError';

// Every code has its Thai, so the Thai table is the list of codes.
const isCode = (code: string): code is EvidenceCode => Object.hasOwn(EVIDENCE_TH, code);

/**
 * A store's refusal of the files (`evidence.<code>` on `files` or `files.<i>`, the values beside
 * it) as the refusal it was made from, so the screen can word it in the reader's language.
 */
export function evidenceRefusalOf(error: unknown): EvidenceRefusal | null {
  if (!isStoreError(error, 'validation') || error.detail.kind !== 'validation') return null;
  for (const field of error.detail.fields) {
    const code = field.code?.startsWith('evidence.') ? field.code.slice('evidence.'.length) : '';
    if (isCode(code) && field.values) return { code, values: field.values } as EvidenceRefusal;
  }
  return null;
}
