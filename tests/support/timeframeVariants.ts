const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** The ways officers type the same text: Thai digits, a full stop or none, no spaces, other dashes. */
export function variants(raw: string): string[] {
  const t = raw.trim();
  return [
    t.replace(/\d/g, (d) => THAI_DIGITS[Number(d)] ?? d),
    t.endsWith('.') ? t.slice(0, -1) : `${t}.`,
    t.replace(/\s+/g, ''),
    t.replace(/\s*[-–—]\s*/g, ' ถึง '),
    t.replace(/\s*[-–—]\s*/g, ' — '),
  ];
}
