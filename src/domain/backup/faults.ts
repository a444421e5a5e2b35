import type * as z from 'zod/mini';
import { issueCode, type IssueCode, type IssueValues } from '../zodIssue';

/** What is wrong, as a code and values: a zod issue's (issueCode) or a check's own (references.ts). */
export interface Fault extends IssueCode {
  /** For a value that may take several forms: each form's own first fault, so every way to mend it can be named. */
  either?: IssueCode[];
}

/** Long text is cut to this many characters: enough to find the spot in the file. */
export const FOUND_LENGTH = 40;

/** The kind of what was found instead ('string', 'array', 'null'…), as zod names what it expects. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** What was found, with the value when it is short text, a number or true/false. */
function found(value: unknown): IssueValues {
  const kind = kindOf(value);
  if (typeof value === 'string') return { found: kind, foundValue: value.length > FOUND_LENGTH ? `${value.slice(0, FOUND_LENGTH)}…` : value };
  if (typeof value === 'number' || typeof value === 'boolean') return { found: kind, foundValue: String(value) };
  return { found: kind };
}

/** The value at `path` below `root`, undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const choices = (values: readonly unknown[]): IssueValues => ({ options: values.map(String).join(', '), choices: values.length });

/**
 * A zod issue's code and values, and what a file's reader adds to name the spot: the value found
 * where a type was expected (`input`: the value at the issue's path), the values a choice allows.
 */
export function faultOf(issue: z.core.$ZodIssue, input: unknown): Fault {
  const { code, values } = issueCode(issue);
  switch (issue.code) {
    case 'invalid_type':
      return { code, values: input === undefined ? { ...values, found: 'undefined' } : { ...values, ...found(input) } };
    case 'invalid_union': {
      const { options } = issue as { options?: readonly unknown[] };
      if (Array.isArray(options) && options.length) return { code, values: { ...values, ...choices(options) } };
      const firsts = issue.errors.flatMap((branch) => branch.slice(0, 1).map((first) => faultOf(first, valueAt(input, first.path))));
      const either = [...new Map(firsts.map((f) => [JSON.stringify(f), f])).values()];
      return either.length ? { code, values, either } : { code, values };
    }
    default:
      return { code, values };
  }
}

/**
 * Which sentence a fault takes, the same in every language: what a type, a limit or a choice needs
 * said, and a check's own code as itself. A fault no sentence fits is simply "not valid".
 */
export type FaultShape =
  | 'missing'
  | 'type'
  | 'wrongType'
  | 'required'
  | 'tooShort'
  | 'tooFew'
  | 'atLeast'
  | 'moreThan'
  | 'tooLong'
  | 'tooMany'
  | 'atMost'
  | 'lessThan'
  | 'datetime'
  | 'date'
  | 'url'
  | 'format'
  | 'empty'
  | 'oneValue'
  | 'oneOf'
  | 'either'
  | 'noMatch'
  | 'timeframe-start-without-end'
  | 'day-not-in-month'
  | 'repeated-id'
  | 'repeated-year'
  | 'missing-reference'
  | 'invalid';

const OWN = new Set<FaultShape>(['timeframe-start-without-end', 'day-not-in-month', 'repeated-id', 'repeated-year', 'missing-reference']);
const FORMATS = new Set<FaultShape>(['datetime', 'date', 'url']);

function choiceShape(values: IssueValues): FaultShape | null {
  const { options, choices: count } = values;
  if (options === undefined) return null;
  if (count === 1) return options === '' ? 'empty' : 'oneValue';
  return 'oneOf';
}

function limitShape(values: IssueValues, text: FaultShape, list: FaultShape, inclusive: FaultShape, exclusive: FaultShape): FaultShape {
  if (values.origin === 'string') return text;
  if (values.origin === 'array' || values.origin === 'set') return list;
  return values.inclusive === 'true' ? inclusive : exclusive;
}

export function faultShape({ code, values, either }: Fault): FaultShape {
  if (OWN.has(code as FaultShape)) return code as FaultShape;
  switch (code) {
    case 'invalid_type':
      if (values.found === 'undefined') return 'missing';
      return values.found === undefined ? 'type' : 'wrongType';
    case 'too_small':
      if (values.origin === 'string' && String(values.minimum) === '1') return 'required';
      return limitShape(values, 'tooShort', 'tooFew', 'atLeast', 'moreThan');
    case 'too_big':
      return limitShape(values, 'tooLong', 'tooMany', 'atMost', 'lessThan');
    case 'invalid_format':
      return FORMATS.has(values.format as FaultShape) ? (values.format as FaultShape) : 'format';
    case 'invalid_value':
      return choiceShape(values) ?? 'invalid';
    case 'invalid_union':
      return choiceShape(values) ?? (either?.length ? 'either' : 'noMatch');
    default:
      return 'invalid';
  }
}
