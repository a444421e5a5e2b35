import { arabicDigits } from './digits';

/**
 * A cell as the import compares it: full-width letters and digits (Ｏ１) as plain ones, Thai
 * digits as Arabic ones, and without the invisible characters pasted text carries — the emoji
 * selector in ✔️ and ☑️, and the zero-width spaces Thai text from the web is full of.
 */
export function plainText(raw: string): string {
  return arabicDigits(raw.normalize('NFKC').replace(/[\uFE0F\u200B-\u200D\u2060]/g, '').trim());
}
