import type { FieldErrors, Resolver } from 'react-hook-form';
import { fieldErrorOf, type FieldError } from '../../../data/storeError';
import { frameworkOrphans, type FrameworkUses } from '../../../domain/frameworkFit';
import { frameworkProblems, type FrameworkProblem } from '../../../domain/frameworkRules';
import { arabicDigits, parseDelimited } from '../../../domain/import/delimited';
import {
  frameworkSchema,
  instrumentCodeSchema,
  levelSchema,
  type Framework,
  type InstrumentCode,
  type Level,
  type OItemScoring,
} from '../../../domain/schemas/framework';
import { readScore } from '../../../domain/typedScore';
import type { FormFaultCode, FormField } from './problemMessages';

/**
 * Why a field cannot be saved: the form's own reading of what was typed, one of the rules a
 * framework keeps, or (should the form and the schema ever drift) the schema's complaint.
 */
export type FormFault =
  | { kind: 'form'; code: FormFaultCode; what?: FormField; line?: number }
  | { kind: 'rule'; problem: FrameworkProblem }
  | { kind: 'schema'; field: FieldError };

export type FormFaults = Record<string, FormFault[]>;

const formFault = (code: FormFaultCode, what?: FormField): FormFault => ({ kind: 'form', code, ...(what ? { what } : {}) });

/** The framework as typed: every number a string, so what a person typed survives a refusal. */
export interface IndicatorRow {
  number: string;
  name: string;
  nameEn: string;
  weight: string;
}
export interface InstrumentRow {
  code: InstrumentCode | '';
  name: string;
  nameEn: string;
  weight: string;
  indicators: IndicatorRow[];
}
export interface LevelRow {
  level: Level | '';
  min: string;
}
export interface OItemRow {
  code: string;
  indicator: string;
  group: string;
  name: string;
}
export interface FrameworkFormValues {
  name: string;
  passMark: string;
  instruments: InstrumentRow[];
  levels: LevelRow[];
  oItems: OItemRow[];
  oItemScoring: OItemScoring;
}

export function formFromFramework(framework: Framework): FrameworkFormValues {
  return {
    name: framework.name,
    passMark: String(framework.passMark),
    instruments: framework.instruments.map((i) => ({
      code: i.code,
      name: i.name,
      nameEn: i.nameEn,
      weight: String(i.weight),
      indicators: i.indicators.map((d) => ({ number: String(d.number), name: d.name, nameEn: d.nameEn, weight: String(d.weight) })),
    })),
    levels: framework.levels.map((b) => ({ level: b.level, min: String(b.min) })),
    oItems: framework.oItems.map((o) => ({ code: o.code, indicator: String(o.indicator), group: o.group, name: o.name })),
    oItemScoring: framework.oItemScoring,
  };
}

export const emptyIndicator = (): IndicatorRow => ({ number: '', name: '', nameEn: '', weight: '' });
export const emptyOItem = (): OItemRow => ({ code: '', indicator: '', group: '', name: '' });

/** O-item codes as people type them: 'o35', ' O 35', 'O๓๕' all mean O35. */
export const typedOItemCode = (raw: string) => arabicDigits(raw).replace(/\s+/g, '').toUpperCase();

/**
 * O-items pasted from a spreadsheet or the NACC's list: one a line, code, indicator, group and
 * name, split by tabs or commas; a heading line is skipped. Any line that is not four cells is
 * named with its line number, and then nothing is taken.
 */
export function oItemsFromPaste(text: string): { rows: OItemRow[]; problems: FormFault[] } {
  const lines = parseDelimited(text).rows.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }));
  const filled = lines.filter(({ cells }) => cells.some((c) => c !== ''));
  const [first] = filled;
  const body = first && !/^O\d/.test(typedOItemCode(first.cells[0] ?? '')) ? filled.slice(1) : filled;
  const problems = body
    .filter(({ cells }) => cells.length < 4 || cells.slice(0, 4).some((c) => c === ''))
    .map(({ line }): FormFault => ({ kind: 'form', code: 'pasteLine', line }));
  if (body.length === 0) problems.push(formFault('pasteNone'));
  if (problems.length > 0) return { rows: [], problems };
  return {
    rows: body.map(({ cells: [code = '', indicator = '', group = '', ...name] }) => ({
      code: typedOItemCode(code),
      indicator: arabicDigits(indicator),
      group,
      // A name with a comma in a comma-split line arrives in pieces: put it back together.
      name: name.join(', '),
    })),
    problems: [],
  };
}

/**
 * The framework these values make, and what is wrong with them, keyed by the field's path.
 * Each field is read first with its own message; only a form whose fields all read is checked
 * against the rules a framework keeps and against what the year's records still use.
 */
export function readFrameworkForm(values: FrameworkFormValues, fiscalYear: number, uses: FrameworkUses): { framework: Framework | null; errors: FormFaults } {
  const errors: FormFaults = {};
  const fault = (path: string, f: FormFault) => void (errors[path] = [...(errors[path] ?? []), f]);
  const text = (path: string, value: string, what: FormField) => {
    const trimmed = value.trim();
    if (trimmed === '') fault(path, formFault('required', what));
    return trimmed;
  };
  const amount = (path: string, value: string, what: FormField, positive: boolean) => {
    const read = readScore(value);
    if ('refusal' in read) {
      fault(path, formFault(read.refusal.code === 'score.missing' ? 'required' : 'amountFormat', what));
      return 0;
    }
    if (positive && read.score === 0) fault(path, formFault('amountPositive', what));
    return read.score;
  };
  const wholeNumber = (path: string, value: string, missing: FormFault) => {
    const trimmed = arabicDigits(value.trim());
    if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) < 1) {
      fault(path, trimmed === '' ? missing : formFault('indicatorNumber'));
      return 0;
    }
    return Number(trimmed);
  };

  const name = text('name', values.name, 'name');
  const passMark = amount('passMark', values.passMark, 'passMark', false);
  const instruments = values.instruments.map((row, i) => {
    const at = `instruments.${i}`;
    const code = instrumentCodeSchema.safeParse(row.code);
    if (!code.success) fault(`${at}.code`, formFault('choose', 'instrument'));
    return {
      code: code.success ? code.data : ('IIT' as const),
      name: text(`${at}.name`, row.name, 'instrumentName'),
      nameEn: text(`${at}.nameEn`, row.nameEn, 'nameEn'),
      weight: amount(`${at}.weight`, row.weight, 'weight', true),
      indicators: row.indicators.map((d, j) => ({
        number: wholeNumber(`${at}.indicators.${j}.number`, d.number, formFault('required', 'indicatorNumber')),
        name: text(`${at}.indicators.${j}.name`, d.name, 'indicatorName'),
        nameEn: text(`${at}.indicators.${j}.nameEn`, d.nameEn, 'nameEn'),
        weight: amount(`${at}.indicators.${j}.weight`, d.weight, 'weight', true),
      })),
    };
  });
  values.instruments.forEach((row, i) => {
    if (row.indicators.length === 0) fault(`instruments.${i}.indicators`, formFault('noIndicators'));
  });
  if (values.instruments.length === 0) fault('instruments', formFault('noInstruments'));
  const levels = values.levels.map((row, k) => {
    const level = levelSchema.safeParse(row.level);
    if (!level.success) fault(`levels.${k}.level`, formFault('choose', 'level'));
    return { level: level.success ? level.data : ('F' as const), min: amount(`levels.${k}.min`, row.min, 'levelMin', false) };
  });
  if (values.levels.length === 0) fault('levels', formFault('noLevels'));
  const oItems = values.oItems.map((row, k) => {
    const code = typedOItemCode(row.code);
    if (code === '') fault(`oItems.${k}.code`, formFault('required', 'oItemCode'));
    else if (!/^O\d{1,2}$/.test(code)) fault(`oItems.${k}.code`, formFault('oItemCode'));
    return {
      code,
      indicator: wholeNumber(`oItems.${k}.indicator`, row.indicator, formFault('choose', 'indicator')),
      group: text(`oItems.${k}.group`, row.group, 'oItemGroup'),
      name: text(`oItems.${k}.name`, row.name, 'oItemName'),
    };
  });
  if (Object.keys(errors).length > 0) return { framework: null, errors };

  const parsed = frameworkSchema.safeParse({ fiscalYear, name, instruments, levels, passMark, oItems, oItemScoring: values.oItemScoring });
  if (!parsed.success) {
    // The fields above mirror the schema; should they ever drift, the schema still has the last word.
    for (const issue of parsed.error.issues) {
      const field = fieldErrorOf(issue);
      errors[field.path] ??= [{ kind: 'schema', field }];
    }
    return { framework: null, errors };
  }
  // Highest band first, as scoring reads them, whatever order they were typed in.
  const framework = { ...parsed.data, levels: [...parsed.data.levels].sort((a, b) => b.min - a.min) };
  for (const problem of [...frameworkProblems(framework), ...frameworkOrphans(framework, uses)]) fault(problem.path, { kind: 'rule', problem });
  return Object.keys(errors).length > 0 ? { framework: null, errors } : { framework, errors };
}

/**
 * The errors as react-hook-form keeps them: a field's at its path, a list's own (weights that
 * do not add up, a band out of order) at the list's `root`.
 */
export function formErrors(errors: FormFaults, word: (fault: FormFault) => string): FieldErrors<FrameworkFormValues> {
  const out: Record<string, unknown> = {};
  for (const [path, faults] of Object.entries(errors)) {
    const message = faults.map(word).join(' · ');
    const keys = path.split('.');
    const isList = ['instruments', 'levels', 'oItems', 'indicators'].includes(keys.at(-1) ?? '');
    if (isList) keys.push('root');
    let node = out;
    keys.forEach((key, n) => {
      if (n === keys.length - 1) node[key] = { type: 'framework', message };
      else {
        const next = /^\d+$/.test(keys[n + 1] ?? '') ? [] : {};
        node[key] ??= next;
        node = node[key] as Record<string, unknown>;
      }
    });
  }
  return out as FieldErrors<FrameworkFormValues>;
}

/** The form's resolver: its faults worded by `word`, so each reader sees them in their language. */
export function frameworkResolver(fiscalYear: number, word: (fault: FormFault) => string): Resolver<FrameworkFormValues, FrameworkUses> {
  return (values, uses) => {
    const { errors } = readFrameworkForm(values, fiscalYear, uses ?? { findings: [], measures: [] });
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors: formErrors(errors, word) };
  };
}
