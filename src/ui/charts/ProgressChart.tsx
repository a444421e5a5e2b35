import { useId, useMemo, useRef, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, ZIndexLayer, DefaultZIndexes, usePlotArea, type XAxisTickContentProps } from 'recharts';
import type { YearProgress } from '../../domain/yearProgress';
import { useMessages } from '../../i18n/featureMessages';
import { formatCount } from '../../i18n/numbers';
import { ChartBox, type ChartSize } from './ChartBox';
import { ChartFrame } from './ChartFrame';
import { healthStyle, OKABE_ITO, type ChartVariant } from './palette';
import { LineKey, PatternDef, Swatch, fillOf } from './Pattern';
import { progressMessages } from './progressMessages';
import { PRINT_SIZE, usePrinting } from './progressPrint';
import { progressRows, takeawayOf, wholePercent, type ProgressRow } from './progressRows';
import { useRovingPoints } from './roving';
import { useTextSize } from './textSize';

export interface ProgressChartProps {
  progress: YearProgress;
  variant?: ChartVariant;
  headingId: string;
  heading: string;
  level?: 2 | 3;
  /** A fixed size where nothing can be measured (tests); otherwise the chart fills its box. */
  size?: ChartSize;
  /**
   * The meeting variant's text size in pixels, which its axes and margins are laid out from;
   * without it, the size the screen's style sheet gives the chart's text is read.
   */
  fontSize?: number;
}

const TICKS = [0, 25, 50, 75, 100];
const MEETING_FALLBACK = 28;

/**
 * The room the axes need for text of `font` pixels: two lines under each month (the month, then
 * its year at 0.9em + 1.2em, with the descent below), "100%" at the left, and the "this month"
 * label above the plot. The meeting screen sizes its text with the screen (40 px at 1080 lines,
 * 80 at 2160), so fixed pixels would cut the year under ต.ค. and ม.ค.
 */
export function meetingLayout(font: number) {
  return {
    xAxisHeight: Math.ceil(font * 2.6 + 12),
    yAxisWidth: Math.ceil(font * 3 + 12),
    top: (today: boolean) => Math.ceil(today ? font * 1.5 + 8 : font * 0.75 + 4),
  };
}

const PLAN_DASH = '8 4';

/**
 * Each month is one focusable column over the plot's full height: a month after today has no
 * bar to focus, yet its plan is still worth hearing.
 */
function MonthColumns({ rows, labels, roving, onShow }: { rows: ProgressRow[]; labels: string[]; roving: ReturnType<typeof useRovingPoints>; onShow: (index: number | null) => void }) {
  const plot = usePlotArea();
  if (!plot || rows.length === 0) return null;
  const width = plot.width / rows.length;
  // Over the bars and the plan line, so the pointer reaches the columns and their rings show.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line + 1}>
      {rows.map((row, index) => {
        const point = roving(index);
        const x = plot.x + index * width;
        return (
          <g
            key={row.key}
            {...point}
            role="img"
            aria-label={labels[index]}
            onFocus={(event) => {
              point.onFocus(event);
              onShow(index);
            }}
            onBlur={() => onShow(null)}
            onMouseEnter={() => onShow(index)}
            onMouseLeave={() => onShow(null)}
          >
            <rect x={x} y={plot.y} width={width} height={plot.height} fill="transparent" />
            <rect className="chart-focus-ring" x={x + 1.5} y={plot.y - 1.5} width={width - 3} height={plot.height + 3} fill="none" />
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

/** The month on one line, its year under it only where the year starts or changes. */
function MonthTick({ x, y, row, fill, fontSize }: { x: number; y: number; row: ProgressRow | undefined; fill: string; fontSize: number }) {
  if (!row) return null;
  return (
    <text x={x} y={y} textAnchor="middle" fill={fill} fontSize={fontSize}>
      <tspan x={x} dy="0.9em">
        {row.tickMonth}
      </tspan>
      {row.tickYear && (
        <tspan x={x} dy="1.2em">
          {row.tickYear}
        </tspan>
      )}
    </text>
  );
}

/**
 * The year's measures month by month: the share done and on track, stacked, against the share
 * their timeframes say should be done by each month's end (the dashed step), with today's month
 * marked. Months after today have no bars: nothing is known of them yet.
 */
export default function ProgressChart({ progress, variant = 'page', headingId, heading, level = 2, size, fontSize: givenFont }: ProgressChartProps) {
  const { t, language, locale } = useMessages(progressMessages);
  const uid = useId().replace(/:/g, '');
  const [shown, setShown] = useState<number | null>(null);
  // A phone keeps the chart short, so the measures below it start within the first screen.
  const [narrow] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 600px)').matches);
  const meeting = variant === 'meeting';
  const printing = usePrinting();
  const ink = OKABE_ITO[variant].ink;
  // The same colour and pattern as "done" and "on track" in the health chart beside it.
  const done = healthStyle('done', variant);
  const onTrack = healthStyle('on-track', variant);
  const rows = useMemo(() => progressRows(progress, language), [progress, language]);
  const roving = useRovingPoints(`${uid}-m`, rows.length);

  const count = (n: number) => formatCount(n, locale);
  const share = (value: number) => count(wholePercent(value));
  const percent = (value: number | null) => (value === null ? t('progressChart.noValue') : t('progressChart.percent', { value: share(value) }));
  const labels = rows.map((row, index) => {
    const point =
      row.done === null || row.onTrack === null
        ? t('progressChart.pointAhead', { month: row.name, expected: share(row.expected) })
        : t('progressChart.point', { month: row.name, expected: share(row.expected), done: share(row.done), onTrack: share(row.onTrack) });
    return index === progress.current ? t('progressChart.pointToday', { point }) : point;
  });
  const takeaway = takeawayOf(progress);
  const takeawayText = t(takeaway.key, Object.fromEntries(Object.entries(takeaway.params).map(([k, v]) => [k, count(v)])));
  const today = progress.current >= 0 ? rows[progress.current] : undefined;
  const probe = useRef<SVGTextElement>(null);
  const measured = useTextSize(probe, meeting && givenFont === undefined);
  const fontSize = meeting ? (givenFont ?? measured ?? MEETING_FALLBACK) : 12;
  const layout = meeting ? meetingLayout(fontSize) : null;

  const legend = (
    <ul className="chart-legend-keys">
      <li>
        <Swatch {...done} />
        {t('progressChart.done')}
      </li>
      <li>
        <Swatch {...onTrack} />
        {t('progressChart.onTrack')}
      </li>
      <li>
        <LineKey colour={ink} dash={PLAN_DASH} />
        {t('progressChart.expected')}
      </li>
    </ul>
  );

  const table = {
    caption: t('progressChart.caption', { year: progress.fiscalYear, total: count(progress.total) }),
    head: [t('progressChart.month'), t('progressChart.expectedHead'), t('progressChart.doneHead'), t('progressChart.onTrackHead')],
    rows: rows.map((row, index) => ({
      key: row.key,
      cells: [index === progress.current ? t('progressChart.pointToday', { point: row.name }) : row.name, percent(row.expected), percent(row.done), percent(row.onTrack)],
    })),
  };

  return (
    <ChartFrame headingId={headingId} heading={heading} level={level} takeaway={takeawayText} table={table} legend={legend} variant={variant}>
      {meeting && (
        // Where the style sheet's size for the chart's text can be read before anything is drawn.
        <svg aria-hidden="true" width="0" height="0" style={{ position: 'absolute', visibility: 'hidden' }}>
          <text ref={probe}>0</text>
        </svg>
      )}
      <ChartBox size={size ?? (printing && !meeting ? PRINT_SIZE : undefined)} height={meeting ? '100%' : narrow ? 200 : 300}>
        {(fixed) => (
          <ComposedChart
            data={rows}
            width={fixed?.width}
            height={fixed?.height}
            margin={{ top: layout ? layout.top(!!today) : today ? 28 : 12, right: 12, bottom: 4, left: 0 }}
            barCategoryGap="18%"
            accessibilityLayer={false}
            role="group"
            aria-label={t('progressChart.points')}
          >
            <defs>
              <PatternDef id={`${uid}-done`} {...done} />
              <PatternDef id={`${uid}-on-track`} {...onTrack} />
            </defs>
            <CartesianGrid vertical={false} stroke={meeting ? '#334155' : '#d0d5dd'} strokeDasharray="2 4" />
            <XAxis
              dataKey="axis"
              // A phone has room for a quarter's first month, each year still written under ต.ค. and ม.ค.
              interval={narrow && !meeting ? 2 : 0}
              height={layout ? layout.xAxisHeight : 40}
              tickLine={false}
              stroke={ink}
              tick={(props: XAxisTickContentProps) => <MonthTick x={Number(props.x)} y={Number(props.y)} row={rows[props.payload.index]} fill={ink} fontSize={fontSize} />}
            />
            <YAxis
              domain={[0, 100]}
              ticks={TICKS}
              allowDataOverflow
              width={layout ? layout.yAxisWidth : 44}
              tickLine={false}
              stroke={ink}
              tick={{ fill: ink, fontSize }}
              tickFormatter={(value: number) => t('progressChart.percent', { value: count(value) })}
            />
            <Bar dataKey="done" stackId="now" name={t('progressChart.done')} fill={fillOf(`${uid}-done`, done.pattern, done.colour)} isAnimationActive={false} />
            <Bar dataKey="onTrack" stackId="now" name={t('progressChart.onTrack')} fill={fillOf(`${uid}-on-track`, onTrack.pattern, onTrack.colour)} stroke={onTrack.colour} isAnimationActive={false} />
            <Line dataKey="expected" type="step" name={t('progressChart.expected')} stroke={ink} strokeWidth={meeting ? 5 : 2.5} strokeDasharray={PLAN_DASH} dot={false} activeDot={false} isAnimationActive={false} />
            {today && (
              <ReferenceLine
                x={today.axis}
                stroke={OKABE_ITO[variant].purple}
                strokeWidth={meeting ? 4 : 2}
                label={{ value: t('progressChart.today'), position: 'top', fill: ink, fontSize, fontWeight: 700 }}
              />
            )}
            <MonthColumns rows={rows} labels={labels} roving={roving} onShow={setShown} />
          </ComposedChart>
        )}
      </ChartBox>
      {/* What a sighted keyboard or pointer user has reached; a screen reader hears the column itself. */}
      {!meeting && (
        <p className="progress-reading" aria-hidden="true" style={{ minHeight: '1.6em', margin: '0.25rem 0 0' }}>
          {shown === null ? '' : labels[shown]}
        </p>
      )}
    </ChartFrame>
  );
}
