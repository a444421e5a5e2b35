import type { Health } from '../../domain/measureHealth';
import type { InstrumentCode } from '../../domain/schemas/framework';

/** How a series is told apart without its colour: a fill pattern, and a dash for lines. */
export type PatternKind = 'solid' | 'stripes' | 'dots' | 'cross' | 'lines';

export interface SeriesStyle {
  colour: string;
  pattern: PatternKind;
}

export type ChartVariant = 'page' | 'meeting';

/**
 * Okabe–Ito's hues, which readers with any common colour-vision deficiency tell apart. On white
 * the orange, purple and grey are darkened until each has at least 3:1 against the page (WCAG
 * 1.4.11); on the meeting screen's dark background the original light hues have it already.
 */
export const OKABE_ITO = {
  page: { blue: '#0072B2', vermillion: '#C05600', green: '#008060', orange: '#B26B00', purple: '#A8447E', grey: '#7A8394', ink: '#1d2939' },
  meeting: { blue: '#56B4E9', vermillion: '#F08A4B', green: '#2BC29A', orange: '#E69F00', purple: '#CC79A7', grey: '#CBD5E1', ink: '#F8FAFC' },
} as const satisfies Record<ChartVariant, Record<string, string>>;

const HEALTH_HUES: Record<Health, { hue: keyof (typeof OKABE_ITO)['page']; pattern: PatternKind }> = {
  done: { hue: 'blue', pattern: 'solid' },
  'on-track': { hue: 'green', pattern: 'stripes' },
  // Purple, not orange: darkened for white, orange and vermillion come too close to tell apart.
  'at-risk': { hue: 'purple', pattern: 'dots' },
  overdue: { hue: 'vermillion', pattern: 'cross' },
  'not-started': { hue: 'grey', pattern: 'lines' },
};

export function healthStyle(health: Health, variant: ChartVariant = 'page'): SeriesStyle {
  const { hue, pattern } = HEALTH_HUES[health];
  return { colour: OKABE_ITO[variant][hue], pattern };
}

const INSTRUMENT_HUES: Record<InstrumentCode, { hue: keyof (typeof OKABE_ITO)['page']; pattern: PatternKind }> = {
  IIT: { hue: 'blue', pattern: 'solid' },
  EIT: { hue: 'orange', pattern: 'stripes' },
  OIT: { hue: 'purple', pattern: 'dots' },
};

export function instrumentStyle(code: InstrumentCode, variant: ChartVariant = 'page'): SeriesStyle {
  const { hue, pattern } = INSTRUMENT_HUES[code];
  return { colour: OKABE_ITO[variant][hue], pattern };
}

/** Line dashes by series order: solid, long dash, dots, so lines differ in black and white too. */
export const LINE_DASHES = ['0', '8 4', '2 4', '12 4 2 4'] as const;

/** The n-th of a chart's own series (such as the progress chart's), colour and pattern together. */
export function seriesStyle(index: number, variant: ChartVariant = 'page'): SeriesStyle & { dash: string } {
  const order = ['blue', 'vermillion', 'green', 'purple', 'orange'] as const;
  const patterns: PatternKind[] = ['solid', 'stripes', 'dots', 'cross', 'lines'];
  const i = ((index % order.length) + order.length) % order.length;
  return { colour: OKABE_ITO[variant][order[i] ?? 'blue'], pattern: patterns[i] ?? 'solid', dash: LINE_DASHES[i % LINE_DASHES.length] ?? '0' };
}

/** Shading behind the trend for the level bands: alternating light tints, named in words on the chart. */
export const BAND_FILLS: Record<ChartVariant, readonly [string, string]> = {
  page: ['#eef4fb', '#f8fafc'],
  meeting: ['#15233b', '#0f1a2e'],
};
