/**
 * Thai numerals as Arabic ones (๒๕๖๖ → 2566), as official documents often write them. On its own
 * so a form that reads a typed number does not bring the file reader with it.
 */
export function arabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}
