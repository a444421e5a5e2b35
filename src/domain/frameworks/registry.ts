import type { Framework } from '../schemas/framework';
import { ITA_2565 } from './ita2565';

// 2564 used the same method as 2565; later years changed weights and the O-item list, so they
// must be added as their own data rather than borrowed. ITA_2565 is parsed where it is read.
const FRAMEWORKS: ReadonlyMap<number, Framework> = new Map(
  [{ ...ITA_2565, fiscalYear: 2564, name: 'ITA 2564' }, ITA_2565].map((f) => [f.fiscalYear, f]),
);

export class NoFrameworkError extends Error {
  readonly code = 'no-framework';
  /** `known`: the years a framework is held for, the built-in ones unless the caller knows better. */
  constructor(
    readonly fiscalYear: number,
    readonly known: readonly number[] = [...FRAMEWORKS.keys()],
  ) {
    super(
      `ยังไม่มีเกณฑ์การประเมิน ITA ของปีงบประมาณ ${fiscalYear} ในระบบ จึงคำนวณคะแนนของปีนี้ไม่ได้ ` +
        `(มีเฉพาะปี ${[...known].sort((a, b) => a - b).join(', ')})`,
    );
    this.name = 'NoFrameworkError';
  }
}

export function supportedFrameworkYears(): number[] {
  return [...FRAMEWORKS.keys()].sort((a, b) => a - b);
}

/** The framework of a fiscal year; a year we hold no framework for is refused, never guessed. */
export function frameworkFor(fiscalYear: number): Framework {
  const framework = FRAMEWORKS.get(fiscalYear);
  if (!framework) throw new NoFrameworkError(fiscalYear);
  return framework;
}

/** The frameworks the app ships with, oldest first: a new data set starts with these. */
export function builtInFrameworks(): Framework[] {
  return supportedFrameworkYears().map(frameworkFor);
}
