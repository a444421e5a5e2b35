import type { Framework } from '../schemas/framework';
import { indicatorsOf } from '../scoring';
import { readOItemAnswer, scoreCell } from './answers';
import type { Column } from './columns';
import { isOItemRange, readIndicator, readOItemCode } from './items';
import { plainText } from './plainText';
import { problem, type ImportProblem } from './problems';
import type { ImportKind, ImportRow, ImportSource, ImportValue, ScoreImport } from './scoreImport';

/** One line of a file, its cells by column, numbered as a spreadsheet numbers it. */
export interface ImportRecord {
  row: number;
  cells: Partial<Record<Column, string>>;
}

/** Which column holds the item: an O-item file may head its codes 'ตัวชี้วัด' too. */
export interface KindOf {
  kind: ImportKind;
  item: Column;
}

const filled = (records: readonly ImportRecord[], column: Column) => records.map((r) => r.cells[column]?.trim() ?? '').filter(Boolean);
const mostlyCodes = (values: string[]) => values.length > 0 && values.filter((v) => readOItemCode(v) !== null || isOItemRange(v)).length * 2 >= values.length;

export function kindOf(records: readonly ImportRecord[], columns: ReadonlySet<Column>): KindOf | null {
  if (columns.has('code') && mostlyCodes(filled(records, 'code'))) return { kind: 'oItems', item: 'code' };
  if (columns.has('indicator') && mostlyCodes(filled(records, 'indicator'))) return { kind: 'oItems', item: 'indicator' };
  if (columns.has('indicator')) return { kind: 'indicators', item: 'indicator' };
  if (columns.has('indicatorName')) return { kind: 'indicators', item: 'indicatorName' };
  if (columns.has('code')) return { kind: 'oItems', item: 'code' };
  return null;
}

/**
 * A name column that names another indicator than the number beside it: the mark of one column
 * sorted on its own in Excel. A name the framework does not know says nothing either way.
 */
function otherNamed(indicator: number, name: string | undefined, framework: Framework, fiscalYear: number): number | null {
  if (!name?.trim()) return null;
  const named = readIndicator(name, framework, fiscalYear);
  return 'indicator' in named && named.indicator !== indicator ? named.indicator : null;
}

/** More rows than any year's framework has items: not a score file, and judging each row would stall the page. */
export const MAX_DATA_ROWS = 1000;

export function tooManyRows(count: number, framework: Framework, fiscalYear: number): ImportProblem | null {
  if (count <= MAX_DATA_ROWS) return null;
  return problem('rows.tooMany', {
    count: count.toLocaleString('en-US'),
    year: fiscalYear,
    indicators: indicatorsOf(framework).length,
    oItems: framework.oItems.length,
    max: MAX_DATA_ROWS.toLocaleString('en-US'),
  });
}

/**
 * The fiscal year a year cell names: 2565, ปีงบประมาณ ๒๕๖๕, or 65 as officers shorten it (always
 * 25xx). Two years ('2565/2566', '2565-66') name a span, which is not one year's result.
 */
function readYear(raw: string): { year: number | null } | { problem: ImportProblem } {
  const text = plainText(raw);
  const full = [...text.matchAll(/(?<!\d)(\d{4})(?:\s*[/\-–]\s*(\d{4}|\d{2}))?(?!\d)/g)];
  const short = /^(?:ปีงบประมาณ|ปีงบ|ปี|พ\.?ศ\.?|fy)?\s*(\d{2})(?:\s*[/\-–]\s*(\d{2}))?$/i.exec(text);
  const found = full[0] ?? short;
  if (!found) return { year: null };
  const year = (digits: string) => (digits.length === 2 ? 2500 + Number(digits) : Number(digits));
  const years = [...new Set([...(full.length ? full : [found]).flatMap((m) => [m[1], m[2]])].filter((d): d is string => d !== undefined).map(year))];
  if (years.length > 1) return { problem: problem('row.yearSpan', { cell: raw.trim(), years: years.join(', ') }) };
  return { year: years[0] ?? null };
}

/**
 * Every record judged on its own: what it holds, or every reason it cannot be saved (unknown
 * indicator or O-item, a score that is not 0–100 with two decimals, an answer the framework's
 * way of scoring does not take, a duplicate, another year's result).
 */
export function judgeRecords(records: readonly ImportRecord[], { kind, item }: KindOf, framework: Framework, fiscalYear: number): ImportRow[] {
  const indicators = new Set(indicatorsOf(framework).map((d) => d.number));
  // A framework may spell its codes O01; a file's O1 is the same item, saved as the framework spells it.
  const oItems = new Map(framework.oItems.map((o) => [Number(o.code.slice(1)), o.code]));
  const seen = new Map<string, number>();
  return records.map(({ row, cells }): ImportRow => {
    const problems: ImportProblem[] = [];
    const yearText = cells.year?.trim() ?? '';
    const year = yearText ? readYear(yearText) : null;
    if (year && 'problem' in year) problems.push(year.problem);
    else if (year && year.year !== fiscalYear) problems.push(problem('row.otherYear', { fileYear: year.year ?? yearText, year: fiscalYear }));
    let value: ImportValue | null = null;
    // The item the row holds, and how a later row holding it again is refused.
    let key: { id: string; again: (first: number) => ImportProblem } | null = null;
    if (kind === 'indicators') {
      const scored = scoreCell(cells.score ?? '');
      if ('problem' in scored) problems.push(scored.problem);
      const itemText = cells[item]?.trim() || cells.indicatorName || '';
      const reading = readIndicator(itemText, framework, fiscalYear);
      const other = 'indicator' in reading && item === 'indicator' ? otherNamed(reading.indicator, cells.indicatorName, framework, fiscalYear) : null;
      if ('problem' in reading) problems.push(reading.problem);
      else if (!indicators.has(reading.indicator)) problems.push(problem('indicator.unknown', { indicator: reading.indicator, year: fiscalYear }));
      else if (other !== null) {
        problems.push(problem('indicator.shifted', { indicator: reading.indicator, name: cells.indicatorName?.trim() ?? '', other }));
      } else {
        const indicator = reading.indicator;
        key = { id: `indicator ${indicator}`, again: (first) => problem('row.duplicateIndicator', { indicator, first }) };
        if ('score' in scored) value = { kind: 'indicator', indicator: reading.indicator, score: scored.score };
      }
    } else {
      const answered = readOItemAnswer(cells.score ?? '', framework.oItemScoring, fiscalYear);
      if ('problem' in answered) problems.push(answered.problem);
      const raw = cells[item]?.trim() ?? '';
      const code = readOItemCode(raw);
      if (code === null && isOItemRange(raw)) problems.push(problem('oItem.range', { cell: raw }));
      else if (code === null) problems.push(problem('oItem.unreadable', { cell: raw }));
      else {
        const own = oItems.get(Number(code.slice(1)));
        if (own === undefined) problems.push(problem('oItem.unknown', { code, year: fiscalYear }));
        else {
          key = { id: own, again: (first) => problem('row.duplicateOItem', { code: own, first }) };
          if ('score' in answered) value = { kind: 'oItem', code: own, score: answered.score, comment: (cells.comment ?? '').trim() };
        }
      }
    }
    if (key !== null) {
      const first = seen.get(key.id);
      if (first !== undefined) problems.push(key.again(first));
      else seen.set(key.id, row);
    }
    return { row, value: problems.length ? null : value, problems };
  });
}

/**
 * The one other year every dated row of a file names: a file for a year not yet started (or
 * another year's page), refused once rather than row by row, so the screen can point to that year.
 */
export function otherYearOfFile(records: readonly ImportRecord[], fiscalYear: number): number | null {
  const years = new Set<number | null>();
  for (const { cells } of records) {
    const text = cells.year?.trim();
    if (!text) continue;
    const read = readYear(text);
    years.add('year' in read ? read.year : null);
  }
  const [only] = years;
  return years.size === 1 && typeof only === 'number' && only !== fiscalYear ? only : null;
}

/** Every dated row names another year: one refusal that names it, not one per row. */
export function otherYearRefusal(records: readonly ImportRecord[], source: ImportSource, fiscalYear: number): ScoreImport | null {
  const fileYear = otherYearOfFile(records, fiscalYear);
  return fileYear === null ? null : { ok: false, problem: problem('year.fileIsOther', { fileYear, year: fiscalYear }), source, fileYear };
}
