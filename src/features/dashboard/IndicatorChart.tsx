import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { ScoreStanding } from '../../domain/scoring';
import { FILL, IMPROVE_LINE, PASS_LINE } from './chartColors';

export interface ChartDatum {
  number: number;
  score: number;
  label: string;
  standing: ScoreStanding;
}

export interface IndicatorChartProps {
  data: ChartDatum[];
  passMark: number;
  improvementMark: number;
  /** The text alternative; only a chart that has loaded claims to be an image. */
  label: string;
}

// Bars start at zero: a cut axis would make 78 look like half of 100.
const TICKS = [0, 20, 40, 60, 80, 100];

/** Loaded in its own chunk: recharts is the heaviest code on the page and the figures need none of it. */
export default function IndicatorChart({ data, passMark, improvementMark, label }: IndicatorChartProps) {
  return (
    <div role="img" aria-label={label}>
      <BarChart
        data={data}
        responsive
        accessibilityLayer={false}
        style={{ width: '100%', height: 320 }}
        margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="number" interval={0} tick={{ fontSize: 13 }} />
        <YAxis domain={[0, 100]} ticks={TICKS} width={40} />
        <Bar
          dataKey="score"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => <Rectangle {...props} fill={FILL[data[props.index]?.standing ?? 'pass']} />}
        >
          {/* A white halo keeps a value readable where it crosses a reference line. */}
          <LabelList
            dataKey="label"
            position="top"
            style={{ fontSize: 12, fill: '#1d2939', stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' }}
          />
        </Bar>
        <ReferenceLine y={passMark} stroke={PASS_LINE} strokeWidth={2} strokeDasharray="6 3" />
        <ReferenceLine y={improvementMark} stroke={IMPROVE_LINE} strokeWidth={2} strokeDasharray="2 3" />
      </BarChart>
    </div>
  );
}
