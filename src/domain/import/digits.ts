const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/**
 * Thai numerals as Arabic ones (๒๕๖๖ → 2566), as official documents often write them. On its own
 * so a form that reads a typed number does not bring the file reader with it.
 */
export function arabicDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}
