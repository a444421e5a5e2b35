import type { Framework } from '../schemas/framework';
import { indicatorsOf } from '../scoring';
import { searchForm } from '../thaiSearch';
import { plainText as plain } from './plainText';
import { problem, type ImportProblem } from './problems';

const CODE = String.raw`^(?:ข้อ\s*)?o(?:it)?[\s.\-–—]*(\d{1,3})(?!\d|\.\d)`;
/** A dash after a code starts a range when a number follows it: 'O1-O2', 'O1–2', 'O1 - OIT3'. */
const RANGE = new RegExp(`${CODE}\\s*[-–—~]\\s*(?:o(?:it)?\\s*)?\\d`, 'i');
/** After the number: the item's name, a bracket, a comma, or a dash before a name ('O1-โครงสร้าง'). */
const SINGLE = new RegExp(`${CODE}(?:[\\s.:,()]|[-–—](?=\\s*[^\\d\\s]))`, 'i');

/**
 * An O-item code as agencies' sites spell it: O1, o1, O01, O 1, O-1, O–1, O๑, Ｏ１, ข้อ O1, and
 * OIT1 or OIT 1 (in an O-item column, OIT followed by a number can only be the item), with the
 * item's name after it or not ('O1 โครงสร้าง', 'O1(โครงสร้าง)', 'O1, โครงสร้าง'). 'O1.1' is a
 * part of an item and 'O1-O2' a range of items, so neither is an item.
 */
export function readOItemCode(raw: string): string | null {
  const text = `${plain(raw)} `;
  if (RANGE.test(text)) return null;
  const match = SINGLE.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= 99 ? `O${n}` : null;
}

/** 'O1-O2': a row for several items, which cannot hold one item's result. */
export const isOItemRange = (raw: string) => RANGE.test(`${plain(raw)} `);

export type IndicatorReading = { indicator: number } | { problem: ImportProblem };

/** Each framework's indicator names in search form, worked out once rather than on every row of a file. */
const forms = new WeakMap<Framework, { number: number; form: string }[]>();
function names(framework: Framework) {
  let known = forms.get(framework);
  if (!known) {
    known = indicatorsOf(framework).map((d) => ({ number: d.number, form: searchForm(d.name) }));
    forms.set(framework, known);
  }
  return known;
}

/** The one indicator whose name the text holds; two when a name is part of another's. */
function namedIn(text: string, framework: Framework): number[] {
  const form = searchForm(text);
  if (form === '') return [];
  const found = names(framework).filter((d) => form.includes(d.form));
  // 'การใช้งบประมาณ' inside a longer name that also matched is that longer name.
  return found.filter((d) => !found.some((e) => e !== d && e.form.includes(d.form))).map((d) => d.number);
}

/**
 * An indicator by its number ('5', '๕', 'ตัวชี้วัดที่ 5', '5. การแก้ไขปัญหาการทุจริต') or by its
 * name alone ('การแก้ไขปัญหาการทุจริต'), as the framework of the year names it. A number and a
 * name that belong to two indicators are a problem, not a guess; so is a sub-issue ('10.1').
 */
export function readIndicator(raw: string, framework: Framework, fiscalYear: number): IndicatorReading {
  const text = plain(raw);
  if (text === '') return { problem: problem('indicator.missing') };
  if (/^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator)?\s*\d{1,2}\.\d/i.test(text)) {
    return { problem: problem('indicator.subIssue', { cell: raw.trim() }) };
  }
  const number = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator)?\s*(\d{1,2})(?:\s|$|\.|\))(.*)$/is.exec(text);
  if (number) {
    const n = Number(number[1]);
    const [only, ...more] = namedIn(number[2] ?? '', framework);
    if (only !== undefined && more.length === 0 && only !== n) {
      return { problem: problem('indicator.numberNameMismatch', { cell: raw.trim(), number: n, named: only, year: fiscalYear }) };
    }
    return { indicator: n };
  }
  const named = namedIn(text, framework);
  if (named.length === 1 && named[0] !== undefined) return { indicator: named[0] };
  if (named.length > 1) return { problem: problem('indicator.manyNames', { cell: raw.trim(), numbers: named.join(', ') }) };
  return { problem: problem('indicator.unreadable', { cell: raw.trim(), year: fiscalYear }) };
}
