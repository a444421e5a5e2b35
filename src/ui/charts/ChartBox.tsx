import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * A chart at its container's width and the given height; or at a fixed size, which tests (jsdom
 * has no layout, so a container measures 0) and print previews pass in.
 */
export function ChartBox({ size, height, children }: { size?: ChartSize; height: number | `${number}%`; children: (size?: ChartSize) => ReactElement }) {
  if (size) return children(size);
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0} initialDimension={{ width: 640, height: typeof height === 'number' ? height : 480 }}>
      {children()}
    </ResponsiveContainer>
  );
}
