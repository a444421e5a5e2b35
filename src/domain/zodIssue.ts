import type * as z from 'zod/mini';

export type IssueValues = Record<string, string | number>;

/** What a zod issue says is wrong, for a screen to word in its reader's language. */
export interface IssueCode {
  /** zod's issue code ('too_small', 'invalid_format'), or a custom check's own `params.code`. */
  code: string;
  /** The issue's limits and kinds (minimum, maximum, origin, format, expected…) and a check's params. */
  values: IssueValues;
}

const ISSUE_VALUES = ['minimum', 'maximum', 'origin', 'format', 'expected', 'divisor', 'inclusive'] as const;

// Only what a sentence can hold: a bigint limit or a boolean flag as text, objects and arrays left out.
function primitives(from: Record<string, unknown>, keys: readonly string[]): IssueValues {
  const values: IssueValues = {};
  for (const key of keys) {
    const value = from[key];
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
    else if (typeof value === 'bigint' || typeof value === 'boolean') values[key] = String(value);
  }
  return values;
}

/** A zod issue's code and values: a custom check's own code wins, its other params become values. */
export function issueCode(issue: z.core.$ZodIssue): IssueCode {
  const params: Record<string, unknown> = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const own = typeof params.code === 'string' ? params.code : null;
  const values = {
    ...primitives(issue as unknown as Record<string, unknown>, ISSUE_VALUES),
    ...primitives(params, Object.keys(params).filter((key) => key !== 'code')),
  };
  // The values a choice allows, as the file or form would spell them, so a sentence can list them.
  if (issue.code === 'invalid_value') Object.assign(values, { options: issue.values.map(String).join(', '), choices: issue.values.length });
  return { code: own ?? issue.code, values };
}
