import { IMPORT_TH, type ImportCode } from './thaiWords';
import type { ImportSource } from './scoreImport';

export type { ImportCode } from './thaiWords';

/** A value a problem is worded with: a cell or a number as the file has it, or a part worded in the reader's language. */
export type ProblemValue = string | number | ImportProblem;

/**
 * Why a file or a row cannot be imported, as a code and the values that say which cell, row or
 * column: each screen words it in its reader's language, with its own catalog.
 */
export interface ImportProblem {
  readonly code: ImportCode;
  readonly values: Readonly<Record<string, ProblemValue>>;
}

export const problem = (code: ImportCode, values: Record<string, ProblemValue> = {}): ImportProblem => ({ code, values });

/** Fills one template: the screen passes its catalog's `format`, the domain the Thai one. */
export type Fill = (code: ImportCode, values: Record<string, string | number>) => string;

/** A problem in words, its nested parts (an encoding's name, a suggested fix) worded first. */
export function wordProblem(p: ImportProblem, fill: Fill): string {
  const flat: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(p.values)) flat[key] = typeof value === 'object' ? wordProblem(value, fill) : value;
  return fill(p.code, flat);
}

/** Refusals that name what the file was read as before saying what went wrong there. */
const SAID_FIRST = new Set<ImportCode>(['header.noData', 'header.noSeparator', 'header.noScore', 'header.noItem', 'header.neither', 'quote.unclosed', 'quote.unclosedLine']);

/** What the app read the file as, said first, so a refusal shows where reading went wrong. */
export function sourceSaid(source: ImportSource | undefined, fill: Fill): string {
  if (!source) return '';
  const parts = [
    source.encoding && fill('said.encoding', { encoding: fill(`encoding.${source.encoding}`, {}) }),
    source.sheet !== undefined && fill('said.sheet', { sheet: source.sheet }),
    source.separator && fill('said.separator', { separator: fill(SEPARATOR_CODE[source.separator], {}) }),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.reduce((said, part) => fill('said.and', { said, part })) : '';
}

const SEPARATOR_CODE = { ',': 'separator.comma', '\t': 'separator.tab', ';': 'separator.semicolon' } as const;

/** A whole file's refusal in words, after what the file was read as where that explains it. */
export function wordRefusal(refusal: { problem: ImportProblem; source?: ImportSource }, fill: Fill): string {
  const words = wordProblem(refusal.problem, fill);
  const said = SAID_FIRST.has(refusal.problem.code) ? sourceSaid(refusal.source, fill) : '';
  return said ? fill('said.but', { said, problem: words }) : words;
}

/** The Thai wording, for tests and anything that must keep a sentence. */
export const thaiFill: Fill = (code, values) => IMPORT_TH[code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
export const thaiProblem = (p: ImportProblem) => wordProblem(p, thaiFill);
export const thaiRefusal = (refusal: { problem: ImportProblem; source?: ImportSource }) => wordRefusal(refusal, thaiFill);
