/** Long enough for any name a person gives a file, short enough for a table's cell and a header. */
export const FILE_NAME_MAX = 200;

const MB = 1024 * 1024;

/** The limits of issue 25, one place for the browser, the server and the backup to agree on. */
export const EVIDENCE_LIMITS = {
  /** One file as kept: a photo is measured after its downscale, a document as chosen. */
  fileBytes: 10 * MB,
  filesPerUpdate: 20,
  /** An agency's space on the server unless its settings say otherwise. */
  agencyQuotaBytes: 2 * 1024 * MB,
} as const;

/** How a photo is re-encoded in the browser (src/data/files/downscale.ts). */
export const PHOTO = {
  longestSide: 2000,
  jpegQuality: 0.85,
  /**
   * A picture (PNG, GIF, BMP) stays PNG, so a screenshot's text stays sharp, unless its PNG is
   * heavier than this: then it is a photo saved as PNG and goes as JPEG like any other.
   */
  pngKeepBytes: 2 * MB,
} as const;

/**
 * A size as people read it, in the binary units the limits are set in (10 MB is 10 × 1024 × 1024
 * bytes): one decimal below 10 of a unit (two for GB), none above. Language-neutral: Thai writes MB too.
 */
export function sizeText(bytes: number): string {
  const [value, unit] = bytes >= 1024 * MB ? [bytes / (1024 * MB), 'GB'] : bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B'];
  // Gigabytes get two decimals: a quota of 2 GB nearly full must not read as full.
  const places = unit === 'B' || value >= 10 ? 0 : unit === 'GB' ? 2 : 1;
  // Written by hand, not Intl (decision 0007): the same figure in every message and on every machine.
  const fixed = value.toFixed(places);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  const trimmed = dot < 0 ? '' : fixed.slice(dot + 1).replace(/0+$/, '');
  const shown = whole.replace(/\B(?=(\d{3})+$)/g, ',') + (trimmed ? `.${trimmed}` : '');
  return `${shown} ${unit}`;
}
