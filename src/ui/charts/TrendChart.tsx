import { useId, useRef } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { InstrumentCode, Level, LevelBand } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { formatCount, formatScore } from '../../i18n/numbers';
import { ChartBox, type ChartSize } from './ChartBox';
import { ChartFrame } from './ChartFrame';
import { chartMessages } from './messages';
import { BAND_FILLS, OKABE_ITO, instrumentStyle, type ChartVariant } from './palette';
import { LineKey, PatternDef, Swatch, fillOf } from './Pattern';
import { useRovingPoints } from './roving';
import { yearTick } from './axisWords';
import { useTextSize } from './textSize';

export interface TrendYear {
  fiscalYear: number;
  total: number | null;
  level: Level | null;
}

/** The points each instrument gave a year's total (src/domain/yearContributions.ts). */
export interface TrendYearParts {
  fiscalYear: number;
  parts: readonly { code: InstrumentCode; points: number; weight: number }[];
}

export interface TrendChartProps {
  headingId: string;
  heading: string;
  level?: 2 | 3;
  variant?: ChartVariant;
  /** Oldest first. */
  years: readonly TrendYear[];
  contributions: readonly TrendYearParts[];
  instruments: readonly { code: InstrumentCode; name: string }[];
  /** The level bands shaded behind the line (the shown year's framework), highest first. */
  bands: readonly LevelBand[];
  passMark: number;
  size?: ChartSize;
  /**
   * The meeting variant's text size in pixels, which its axes and margins are laid out from;
   * without it, the size the screen's style sheet gives the chart's text is read.
   */
  fontSize?: number;
}

const TICKS = [0, 20, 40, 60, 80, 100];
const MEETING_FALLBACK = 28;

/**
 * The room the meeting's text of `font` pixels needs, as ProgressChart's meetingLayout: "100" at
 * the left, a band's label such as "AA ≥ 95" at the right (about 3.8 em), the year under the
 * axis, and a point's value above a total near 100.
 */
export function trendMeetingLayout(font: number) {
  return {
    yAxisWidth: Math.ceil(font * 2 + 12),
    right: Math.ceil(font * 4 + 16),
    xAxisHeight: Math.ceil(font * 1.5 + 12),
    top: Math.ceil(font * 1.2 + 22),
    valueOffset: Math.ceil(font * 0.45),
  };
}

/**
 * The years side by side: each year's total as a line over the level bands with the pass mark
 * drawn, and under it the points each instrument gave, stacked. One year is no trend: the chart
 * then shows that year's bar and says a trend needs two.
 */
export default function TrendChart({ headingId, heading, level = 2, variant = 'page', years, contributions, instruments, bands, passMark, size, fontSize: givenFont }: TrendChartProps) {
  const { t, locale } = useMessages(chartMessages);
  const uid = useId().replace(/:/g, '');
  const score = (n: number) => formatScore(n, locale);
  const ink = OKABE_ITO[variant].ink;
  const meeting = variant === 'meeting';
  const partsOf = new Map(contributions.map((c) => [c.fiscalYear, c.parts]));
  const rows = years.map((y) => {
    const parts = partsOf.get(y.fiscalYear) ?? [];
    return {
      key: String(y.fiscalYear),
      label: yearTick(y.fiscalYear),
      total: y.total,
      level: y.level,
      ...Object.fromEntries(parts.map((p) => [p.code, p.points])),
    } as { key: string; label: string; total: number | null; level: Level | null } & Partial<Record<InstrumentCode, number>>;
  });
  const trend = years.length >= 2;
  const totals = useRovingPoints(`${uid}-t`, rows.length, (i) => rows[i]?.total != null);
  const partKeys = instruments.map((i) => i.code);
  const parts = useRovingPoints(`${uid}-p`, rows.length * partKeys.length);

  const last = years.at(-1);
  const previous = years.at(-2);
  const takeaway = (() => {
    if (!last) return t('trendChart.takeawayNone');
    if (!trend) return t('trendChart.takeawayOne', { year: last.fiscalYear });
    if (last.total === null || !previous || previous.total === null) return t('trendChart.takeawayNoTotal', { year: last.fiscalYear });
    const change = Math.round((last.total - previous.total) * 100) / 100;
    const params = { year: last.fiscalYear, total: score(last.total), level: last.level ?? t('trendChart.none'), change: score(Math.abs(change)), previous: previous.fiscalYear };
    return t(change > 0 ? 'trendChart.takeawayUp' : change < 0 ? 'trendChart.takeawayDown' : 'trendChart.takeawaySame', params);
  })();

  const instrumentName = new Map(instruments.map((i) => [i.code, i.name]));
  const table = {
    caption: t('trendChart.caption'),
    head: [t('trendChart.year'), t('trendChart.total'), t('trendChart.level'), ...instruments.map((i) => i.code)],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [r.label, r.total === null ? t('trendChart.none') : score(r.total), r.level ?? t('trendChart.none'), ...partKeys.map((code) => (r[code] === undefined ? t('trendChart.none') : score(r[code])))],
    })),
  };

  // Bands from the lowest up, each reaching the next one's floor (the top one, 100).
  const ascending = [...bands].sort((a, b) => a.min - b.min);
  const bandAreas = ascending.map((b, i) => ({ ...b, max: ascending[i + 1]?.min ?? 100, fill: BAND_FILLS[variant][i % 2] }));

  const legend = (
    <ul className="chart-legend-keys">
      {trend && (
        <li>
          <LineKey colour={ink} dash="0" />
          {t('trendChart.total')}
        </li>
      )}
      <li>
        <LineKey colour={OKABE_ITO[variant].vermillion} dash="8 4" />
        {t('trendChart.passMark', { mark: score(passMark) })}
      </li>
      {instruments.map((i) => (
        <li key={i.code}>
          <Swatch {...instrumentStyle(i.code, variant)} />
          {i.code} {i.name}
        </li>
      ))}
    </ul>
  );

  const probe = useRef<SVGTextElement>(null);
  const measured = useTextSize(probe, meeting && givenFont === undefined);
  const fontSize = meeting ? (givenFont ?? measured ?? MEETING_FALLBACK) : 13;
  const layout = meeting ? trendMeetingLayout(fontSize) : null;
  return (
    <ChartFrame headingId={headingId} heading={heading} level={level} takeaway={takeaway} table={table} legend={legend} variant={variant}>
      {meeting && (
        // Where the style sheet's size for the chart's text can be read before anything is drawn.
        <svg aria-hidden="true" width="0" height="0" style={{ position: 'absolute', visibility: 'hidden' }}>
          <text ref={probe}>0</text>
        </svg>
      )}
      <ChartBox size={size} height={meeting ? '100%' : 320}>
        {(fixed) => (
          <ComposedChart
            data={rows}
            width={fixed?.width}
            height={fixed?.height}
            margin={{ top: layout ? layout.top : 28, right: layout ? layout.right : 64, bottom: 4, left: 0 }}
            accessibilityLayer={false}
            role="group"
            aria-label={t('charts.points', { name: trend ? t('trendChart.totals') : t('trendChart.parts') })}
          >
            <defs>
              {instruments.map((i) => (
                <PatternDef key={i.code} id={`${uid}-${i.code}`} {...instrumentStyle(i.code, variant)} />
              ))}
            </defs>
            {bandAreas.map((b) => (
              <ReferenceArea
                key={b.level}
                y1={b.min}
                y2={b.max}
                fill={b.fill}
                fillOpacity={1}
                ifOverflow="hidden"
                label={b.max - b.min >= (meeting ? 9 : 5) ? { value: t('trendChart.band', { level: b.level, min: formatCount(b.min, locale) }), position: 'right', fontSize, fill: ink } : undefined}
              />
            ))}
            <CartesianGrid vertical={false} stroke={meeting ? '#334155' : '#d0d5dd'} strokeDasharray="2 4" />
            <XAxis dataKey="label" tick={{ fontSize, fill: ink }} tickLine={false} stroke={ink} height={layout ? layout.xAxisHeight : 30} />
            <YAxis domain={[0, 100]} ticks={TICKS} tickFormatter={(v: number) => formatCount(v, locale)} tick={{ fontSize, fill: ink }} width={layout ? layout.yAxisWidth : 40} stroke={ink} allowDataOverflow />
            {partKeys.map((code, k) => (
              <Bar
                key={code}
                dataKey={code}
                stackId="parts"
                name={instrumentName.get(code) ?? code}
                fill={fillOf(`${uid}-${code}`, instrumentStyle(code, variant).pattern, instrumentStyle(code, variant).colour)}
                barSize={meeting ? 120 : 44}
                isAnimationActive={false}
                shape={(props: BarShapeProps) => {
                  const index = props.index * partKeys.length + k;
                  const row = rows[props.index];
                  const points = row?.[code];
                  return (
                    <g
                      {...parts(index)}
                      role="img"
                      aria-label={t('trendChart.part', { year: row?.label ?? '', instrument: `${code} ${instrumentName.get(code) ?? ''}`, points: points === undefined ? t('trendChart.none') : score(points) })}
                    >
                      <rect x={props.x} y={props.y} width={props.width} height={Math.max(0, props.height)} fill={props.fill} stroke="#ffffff" strokeWidth={1} />
                      <rect className="chart-focus-ring" x={props.x - 2} y={props.y - 2} width={props.width + 4} height={Math.max(0, props.height) + 4} fill="none" />
                    </g>
                  );
                }}
              />
            ))}
            <ReferenceLine
              y={passMark}
              stroke={OKABE_ITO[variant].vermillion}
              strokeWidth={meeting ? 4 : 2}
              strokeDasharray="8 4"
              ifOverflow="extendDomain"
            />
            {trend && (
              <Line
                dataKey="total"
                stroke={ink}
                strokeWidth={meeting ? 6 : 3}
                isAnimationActive={false}
                connectNulls={false}
                label={{ position: 'top', offset: layout ? layout.valueOffset : 12, className: 'chart-value', fontSize: meeting ? fontSize : 14, fill: ink, fontWeight: 700, formatter: (v: unknown) => (typeof v === 'number' ? score(v) : '') }}
                dot={(props) => {
                  const row = rows[props.index];
                  const r = meeting ? 10 : 6;
                  if (!row || props.cx == null || props.cy == null) return <g key={props.index} />;
                  return (
                    <g
                      key={props.index}
                      {...totals(props.index)}
                      role="img"
                      aria-label={
                        row.total === null
                          ? t('trendChart.pointNone', { year: row.label })
                          : t('trendChart.point', { year: row.label, total: score(row.total), level: row.level ?? t('trendChart.none') })
                      }
                    >
                      <circle cx={props.cx} cy={props.cy} r={r} fill={meeting ? '#0b1220' : '#ffffff'} stroke={ink} strokeWidth={3} />
                      <circle className="chart-focus-ring" cx={props.cx} cy={props.cy} r={r + 4} fill="none" />
                    </g>
                  );
                }}
                activeDot={false}
              />
            )}
          </ComposedChart>
        )}
      </ChartBox>
    </ChartFrame>
  );
}
