export const SLIDE_KINDS = ['result', 'trend', 'instruments', 'indicators', 'year-progress', 'health', 'fresh', 'late', 'progress', 'gaps'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const DEFAULT_INTERVAL = 20;
const MIN_INTERVAL = 5;
const MAX_INTERVAL = 600;

export interface MeetingOptions {
  /** Seconds each slide stays. */
  interval: number;
  slides: SlideKind[];
  /** The year whose scores the score slides show; null: the newest year with a result. */
  year: number | null;
  /** The year whose measures the measure slides follow (`measures=`); null: the newest year. */
  measuresYear: number | null;
  unitId: string | null;
  /** Progress from this day (YYYY-MM-DD) on counts as news; null: a month before today. */
  since: string | null;
}

/**
 * The meeting screen's settings from its URL, so a bookmark reproduces the screen. A value it
 * cannot use falls back to the default and is named, never a blank screen: nobody is at the
 * keyboard to fix it.
 */
export function meetingOptions(params: URLSearchParams): { options: MeetingOptions; ignored: string[] } {
  const ignored: string[] = [];
  let interval = DEFAULT_INTERVAL;
  const typed = params.get('interval');
  if (typed !== null) {
    const n = Number(typed);
    if (Number.isFinite(n) && n >= MIN_INTERVAL && n <= MAX_INTERVAL) interval = n;
    else ignored.push(`interval=${typed}`);
  }
  let slides: SlideKind[] = [...SLIDE_KINDS];
  const list = params.get('slides');
  if (list !== null) {
    const asked = list.split(',').map((s) => s.trim()).filter(Boolean);
    const known = asked.filter((s): s is SlideKind => (SLIDE_KINDS as readonly string[]).includes(s));
    for (const s of asked) if (!known.includes(s as SlideKind)) ignored.push(`slides=${s}`);
    if (known.length > 0) slides = [...new Set(known)];
  }
  const yearOf = (name: string) => {
    const text = params.get(name);
    const value = text !== null && /^\d{4}$/.test(text) ? Number(text) : null;
    if (text !== null && value === null) ignored.push(`${name}=${text}`);
    return value;
  };
  const year = yearOf('year');
  const measuresYear = yearOf('measures');
  const sinceText = params.get('since');
  const since = sinceText !== null && /^\d{4}-\d{2}-\d{2}$/.test(sinceText) ? sinceText : null;
  if (sinceText !== null && since === null) ignored.push(`since=${sinceText}`);
  return { options: { interval, slides, year, measuresYear, unitId: params.get('unit') || null, since }, ignored };
}

/** The same day a month earlier (the last day of that month when it is shorter), as YYYY-MM-DD. */
export function monthBefore(today: Date): string {
  const y = today.getFullYear();
  const m = today.getMonth();
  const last = new Date(y, m, 0).getDate();
  const d = Math.min(today.getDate(), last);
  const before = new Date(y, m - 1, d);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${before.getFullYear()}-${pad(before.getMonth() + 1)}-${pad(before.getDate())}`;
}
