import { useId } from 'react';
import type { PatternKind, SeriesStyle } from './palette';

/**
 * An SVG pattern of a series' colour: put it in a chart's <defs> and fill with `url(#id)`. Solid is
 * the colour alone; the others lay white marks over it, so two series differ when printed in grey
 * or seen without their hue.
 */
export function PatternDef({ id, colour, pattern }: { id: string } & SeriesStyle) {
  const mark = '#ffffff';
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8}>
      <rect width={8} height={8} fill={colour} />
      {pattern === 'stripes' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={mark} strokeWidth={1.6} />}
      {pattern === 'dots' && <circle cx={4} cy={4} r={1.6} fill={mark} />}
      {pattern === 'cross' && <path d="M0,0 l8,8 M8,0 l-8,8" stroke={mark} strokeWidth={1.2} />}
      {pattern === 'lines' && <path d="M0,4 h8" stroke={mark} strokeWidth={1.6} />}
    </pattern>
  );
}

/** The fill a pattern kind gives: the plain colour for solid, else the pattern. */
export const fillOf = (id: string, pattern: PatternKind, colour: string) => (pattern === 'solid' ? colour : `url(#${id})`);

/** A legend's key: a small square drawn with the series' own pattern. */
export function Swatch({ colour, pattern, size = 16 }: SeriesStyle & { size?: number }) {
  const id = `sw${useId().replace(/:/g, '')}`;
  return (
    <svg className="chart-swatch" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <defs>
        <PatternDef id={id} colour={colour} pattern={pattern} />
      </defs>
      <rect x={0.5} y={0.5} width={15} height={15} fill={fillOf(id, pattern, colour)} stroke={colour} />
    </svg>
  );
}

/** A line's key: a short stroke with the line's dash. */
export function LineKey({ colour, dash, width = 3 }: { colour: string; dash: string; width?: number }) {
  return (
    <svg className="chart-swatch" width={28} height={12} viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      <line x1={1} y1={6} x2={27} y2={6} stroke={colour} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}
