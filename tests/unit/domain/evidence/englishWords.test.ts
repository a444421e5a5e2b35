// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOUND_TYPES } from '../../../../src/domain/evidence/fileType';
import { wordEvidenceRefusal, type EvidenceFill } from '../../../../src/domain/evidence/refusals';
import { EVIDENCE_TH, FOUND_TH } from '../../../../src/domain/evidence/thaiWords';

// The English a catalog will take, kept in docs/evidence.md until the progress form has a catalog.
const doc = readFileSync(join(__dirname, '../../../../docs/evidence.md'), 'utf8');
const block = doc.slice(doc.indexOf('<!-- english-catalog:start -->'), doc.indexOf('<!-- english-catalog:end -->'));
const english = Object.fromEntries([...block.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map(([, key, text]) => [key, text]));
const thai: Record<string, string> = { ...EVIDENCE_TH, ...Object.fromEntries(Object.entries(FOUND_TH).map(([k, v]) => [`found.${k}`, v])) };
const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe('the English of evidence refusals, ready for a catalog', () => {
  it('has a sentence for every code and every type found, and no other', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(thai).sort());
    expect(FOUND_TYPES.every((found) => `found.${found}` in english)).toBe(true);
  });

  it.each(Object.keys(thai))('%s says the values the Thai says', (key) => {
    expect(placeholders(english[key])).toEqual(placeholders(thai[key]));
  });

  it('words a refusal with no Thai left in it', () => {
    // Plurals aside (the app's format() reads those): what each placeholder becomes.
    const fill: EvidenceFill = (key, values) => (english[key] ?? key).replace(/\{(\w+)\}/g, (_: string, name: string) => String(values[name]));
    const words = wordEvidenceRefusal({ code: 'file.typeNotAllowed', values: { name: 'setup.jpg', found: 'exe' } }, fill);
    expect(words).toBe('Cannot attach setup.jpg: it is a Windows program (.exe). Attach only images (JPEG, PNG, HEIC, WebP, GIF, TIFF), PDF, Word, Excel, PowerPoint and OpenDocument files.');
    expect(wordEvidenceRefusal({ code: 'agency.overQuota', values: { used: 2040 * 1024 * 1024, adding: 9.5 * 1024 * 1024, limit: 2 * 1024 ** 3 } }, fill)).toBe(
      "The agency's file space is full: 1.99 GB of 2 GB used, and these files add 9.5 MB.",
    );
  });
});
