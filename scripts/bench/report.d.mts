// Types for report.mjs, so its rules can be unit tested from TypeScript.
export declare const TARGETS: { search: number; filter: number; saveProgress: number };
export declare const GROWTH_NOISE_SHARE: number;
export declare function renderGrowth(times: { floor: number; base: number; scaled: number; scale: number }): { ratio: number; limit: number; ok: boolean };
type Figure = number | { median: number; runs?: number[] };
interface Machine {
  cpu: string;
  memoryGb: number;
  node: string;
  browser: string;
}
export interface BenchResults {
  date: string;
  scale?: number;
  runs: number;
  machine: Machine;
  sizes?: { years: number; units: number; measures: number; updates: number; longHistory: number };
  loadBefore?: number[];
  loadAfter?: number[];
  sources: Record<string, Record<string, Record<string, Figure>>>;
}
export declare function formatTable(results: BenchResults): { table: string; misses: string[] };
interface RestorePhase {
  ms: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
  progressShown: boolean;
}
type RestoreRun = { preview: RestorePhase; restore: RestorePhase; refused?: undefined } | { refused: string | null };
export interface RestoreResults extends Omit<BenchResults, 'sources' | 'sizes'> {
  scale: number;
  sizes: NonNullable<BenchResults['sizes']>;
  files?: Record<string, { path: string; bytes: number }>;
  sources: Record<string, Partial<Record<'pretty' | 'compact', RestoreRun>>>;
}
export declare function formatRestore(results: RestoreResults): { table: string; misses: string[] };
