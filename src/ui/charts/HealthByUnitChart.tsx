import { useId, type ReactNode } from 'react';
import { useHref } from 'react-router';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from 'recharts';
import type { Health } from '../../domain/measureHealth';
import { useMessages } from '../../i18n/featureMessages';
import { formatCount } from '../../i18n/numbers';
import { HEALTH_LABELS } from '../healthLabels';
import { ChartBox, type ChartSize } from './ChartBox';
import { ChartFrame } from './ChartFrame';
import { chartMessages } from './messages';
import { OKABE_ITO, healthStyle, type ChartVariant } from './palette';
import { PatternDef, Swatch, fillOf } from './Pattern';

/** Left to right as a measure's life runs: what is finished first, what has not begun last. */
export const HEALTH_ORDER: readonly Health[] = ['done', 'on-track', 'at-risk', 'overdue', 'not-started'];

export interface UnitHealth {
  id: string;
  name: string;
  counts: Record<Health, number>;
}

export interface HealthByUnitChartProps {
  headingId: string;
  heading: string;
  level?: 2 | 3;
  variant?: ChartVariant;
  units: readonly UnitHealth[];
  /** Where a segment leads: the unit's list filtered to that health (a router path); null for none. */
  linkTo: (unitId: string, health: Health) => string | null;
  size?: ChartSize;
}

/** The least a thumb can be sure to hit, in CSS px. */
const TOUCH = 44;

const totalOf = (counts: Record<Health, number>) => HEALTH_ORDER.reduce((n, h) => n + counts[h], 0);

/** A segment as a link: the router's own href, so a hash router's '#' is not forgotten. */
function SegmentLink({ to, label, children }: { to: string; label: string; children: ReactNode }) {
  const href = useHref(to);
  return (
    <a href={href} aria-label={label}>
      {children}
    </a>
  );
}

/** A segment with nowhere to lead (measures of no unit have no list): its count, said as an image. */
function Segment({ to, label, children }: { to: string | null; label: string; children: ReactNode }) {
  if (to !== null) return <SegmentLink to={to} label={label}>{children}</SegmentLink>;
  return (
    <g role="img" aria-label={label}>
      {children}
    </g>
  );
}

/**
 * The measures of each unit by health, stacked: done, on track, at risk, overdue, not started.
 * Each segment is a link to that unit's list filtered to that health, and says its count.
 */
export default function HealthByUnitChart({ headingId, heading, level = 2, variant = 'page', units, linkTo, size }: HealthByUnitChartProps) {
  const { t, locale } = useMessages(chartMessages);
  const uid = useId().replace(/:/g, '');
  const meeting = variant === 'meeting';
  const ink = OKABE_ITO[variant].ink;
  const count = (n: number) => formatCount(n, locale);
  const label = (h: Health) => t(HEALTH_LABELS[h]);

  const total = units.reduce((n, u) => n + totalOf(u.counts), 0);
  const done = units.reduce((n, u) => n + u.counts.done, 0);
  const lateOf = (u: UnitHealth) => u.counts.overdue + u.counts['at-risk'];
  const worst = [...units].sort((a, b) => lateOf(b) - lateOf(a))[0];
  const takeaway =
    total === 0
      ? t('healthChart.takeawayEmpty')
      : !worst || lateOf(worst) === 0
        ? t('healthChart.takeawayNoneLate', { done: count(done), total: count(total) })
        : t('healthChart.takeaway', { done: count(done), total: count(total), unit: worst.name, late: count(lateOf(worst)) });

  const rows = units.map((u) => ({ id: u.id, name: u.name, ...u.counts }));
  const table = {
    caption: t('healthChart.caption'),
    head: [t('healthChart.unit'), ...HEALTH_ORDER.map(label), t('healthChart.total')],
    rows: units.map((u) => ({ key: u.id || 'none', cells: [u.name, ...HEALTH_ORDER.map((h) => count(u.counts[h])), count(totalOf(u.counts))] })),
  };
  const legend = (
    <ul className="chart-legend-keys">
      {HEALTH_ORDER.map((h) => (
        <li key={h}>
          <Swatch {...healthStyle(h, variant)} />
          {label(h)}
        </li>
      ))}
    </ul>
  );

  const barSize = meeting ? 56 : 26;
  const nameSpace = meeting ? 48 : 24;
  const rowHeight = barSize + nameSpace + (meeting ? 24 : 14);
  const fontSize = meeting ? 32 : 14;
  const height = Math.max(1, units.length) * rowHeight + 40;
  const hitHeight = Math.max(TOUCH, barSize + 4);
  const hitWidth = (w: number) => Math.max(TOUCH, w);

  return (
    <ChartFrame headingId={headingId} heading={heading} level={level} takeaway={takeaway} table={table} legend={legend} variant={variant}>
      <ChartBox size={size} height={height}>
        {(fixed) => (
          <BarChart
            data={rows}
            layout="vertical"
            width={fixed?.width}
            height={fixed?.height ?? height}
            margin={{ top: 4, right: 16, bottom: 4, left: 12 }}
            barCategoryGap={0}
            accessibilityLayer={false}
          >
            <defs>
              {HEALTH_ORDER.map((h) => (
                <PatternDef key={h} id={`${uid}-${h}`} {...healthStyle(h, variant)} />
              ))}
            </defs>
            <CartesianGrid horizontal={false} stroke={meeting ? '#334155' : '#d0d5dd'} strokeDasharray="2 4" />
            <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => count(v)} tick={{ fontSize, fill: ink }} stroke={ink} />
            <YAxis
              type="category"
              dataKey="name"
              width={1}
              tickLine={false}
              axisLine={false}
              interval={0}
              // The unit's name above its bar, from the left edge: long Thai names need the width.
              // Unit names are Thai as typed; measures of no unit get a translated word (id '').
              tick={({ y, payload, index }: YAxisTickContentProps) => (
                <text x={12} y={Number(y) - barSize / 2 - 8} textAnchor="start" fontSize={fontSize} fill={ink} className="chart-direct-label" lang={rows[index]?.id ? 'th' : undefined}>
                  {String(payload.value)}
                </text>
              )}
            />
            {HEALTH_ORDER.map((h) => (
              <Bar
                key={h}
                dataKey={h}
                stackId="health"
                name={label(h)}
                fill={fillOf(`${uid}-${h}`, healthStyle(h, variant).pattern, healthStyle(h, variant).colour)}
                barSize={barSize}
                isAnimationActive={false}
                shape={(props: BarShapeProps) => {
                  const unit = rows[props.index];
                  const n = unit?.[h] ?? 0;
                  if (!unit || n === 0) return <g />;
                  const y = props.y + (props.height - barSize) / 2;
                  const wide = props.width >= (meeting ? 56 : 26);
                  return (
                    <Segment to={linkTo(unit.id, h)} label={t('healthChart.segment', { unit: unit.name, health: label(h), count: count(n) })}>
                      {/* A thumb's reach around the thinner bar: the link's box is at least 44 px each way. */}
                      <rect className="chart-hit" x={props.x + props.width / 2 - hitWidth(props.width) / 2} y={y + barSize / 2 - hitHeight / 2} width={hitWidth(props.width)} height={hitHeight} fill="transparent" />
                      <rect className="chart-seg" x={props.x} y={y} width={props.width} height={barSize} fill={props.fill} stroke="#ffffff" strokeWidth={1} />
                      {wide && (
                        <>
                          <rect x={props.x + props.width / 2 - (meeting ? 24 : 11)} y={y + barSize / 2 - (meeting ? 20 : 9)} width={meeting ? 48 : 22} height={meeting ? 40 : 18} rx={3} fill="#ffffff" />
                          <text x={props.x + props.width / 2} y={y + barSize / 2} dy="0.35em" textAnchor="middle" fontSize={meeting ? 30 : 13} fontWeight={700} fill="#1d2939" aria-hidden="true">
                            {count(n)}
                          </text>
                        </>
                      )}
                      <rect className="chart-focus-ring" x={props.x - 2} y={y - 2} width={props.width + 4} height={barSize + 4} fill="none" />
                    </Segment>
                  );
                }}
              />
            ))}
          </BarChart>
        )}
      </ChartBox>
    </ChartFrame>
  );
}
