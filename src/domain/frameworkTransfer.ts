import * as z from 'zod/mini';
import { BACKUP_FORMAT } from './backup/format';
import { parseJson } from './backup/json';
import { thaiIssue } from './backup/thaiIssues';
import { frameworkProblems, type FrameworkProblem } from './frameworkRules';
import { frameworkSchema, type Framework } from './schemas/framework';
import { issueCode, type IssueCode } from './zodIssue';

/**
 * A year's framework as a file one agency hands another (a provincial office to the
 * municipalities it supports). Versioned like the backup, so a later app can change the shape
 * and an older one refuses it by name instead of misreading it.
 */
export const FRAMEWORK_FILE_FORMAT = 'ita-framework';
export const FRAMEWORK_FILE_VERSION = 1;

export const frameworkFileSchema = z.object({
  format: z.literal(FRAMEWORK_FILE_FORMAT),
  version: z.literal(FRAMEWORK_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true, error: 'วันเวลาที่ส่งออกต้องอยู่ในรูปแบบ ISO 8601 เช่น 2026-11-24T07:30:00.000Z' }),
  framework: frameworkSchema,
});
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

export const frameworkFileName = (fiscalYear: number) => `ita-framework-${fiscalYear}.json`;

/** Pretty, so a person can read it and see what year and weights it holds before sending it on. */
export function serialiseFramework(framework: Framework, exportedAt: Date): string {
  const file: FrameworkFile = { format: FRAMEWORK_FILE_FORMAT, version: FRAMEWORK_FILE_VERSION, exportedAt: exportedAt.toISOString(), framework };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type FrameworkFileProblemCode = 'empty' | 'not-json' | 'not-framework' | 'backup' | 'bad-version' | 'newer-version' | 'invalid' | 'rules';

/**
 * A place in a framework, part by part, for a screen to word as the editor names the same
 * place ("instrument 2 (EIT) › indicator 1 (no. 6) › weight"), with what the file has there.
 * A field the app does not know keeps the file's own name.
 */
export type FrameworkPlace =
  | { part: 'instrument'; n: number; code?: string }
  | { part: 'indicator'; n: number; number?: number }
  | { part: 'level'; n: number }
  | { part: 'oItem'; n: number; code?: string }
  | { part: 'field'; name: string }
  | { part: 'header'; path: string }
  | { part: 'whole' };

/**
 * What is wrong at a place: a schema's complaint as zod's code and values (with the Thai the
 * file reader words it with, which Thai readers see), or one of the editor's rules.
 */
export type FrameworkFileFault = ({ kind: 'schema'; message: string } & IssueCode) | { kind: 'rule'; problem: FrameworkProblem };

export interface FrameworkFileIssue {
  where: FrameworkPlace[];
  /** The field as the file spells it, for whoever mends the file by hand: 'framework.instruments.0.weight'. */
  path: string;
  fault: FrameworkFileFault;
}

/**
 * Why a file is refused, as a code and the values a screen words it with: the line and column
 * where JSON broke, the format the file names, the version it has, how many issues.
 */
export interface FrameworkFileProblem {
  code: FrameworkFileProblemCode;
  values: Readonly<Record<string, string | number>>;
  issues: FrameworkFileIssue[];
}

export type FrameworkFileRead = { ok: true; framework: Framework; exportedAt: string } | { ok: false; problem: FrameworkFileProblem };

const refuse = (code: FrameworkFileProblemCode, values: Record<string, string | number> = {}, issues: FrameworkFileIssue[] = []): FrameworkFileRead => ({
  ok: false,
  problem: { code, values, issues },
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ITEMS: Readonly<Record<string, (n: number, item: unknown) => FrameworkPlace>> = {
  instruments: (n, item) => ({ part: 'instrument', n, ...(isObject(item) && typeof item.code === 'string' ? { code: item.code.slice(0, 10) } : {}) }),
  indicators: (n, item) => ({ part: 'indicator', n, ...(isObject(item) && typeof item.number === 'number' ? { number: item.number } : {}) }),
  levels: (n) => ({ part: 'level', n }),
  oItems: (n, item) => ({ part: 'oItem', n, ...(isObject(item) && typeof item.code === 'string' ? { code: item.code.slice(0, 10) } : {}) }),
};

/**
 * The parts of instruments.1.indicators.0.weight in `framework`: instrument 2 (EIT), its
 * indicator 1 (no. 6), the weight field; the whole framework for the empty path.
 */
export function frameworkPlace(path: readonly PropertyKey[], framework: unknown): FrameworkPlace[] {
  const parts: FrameworkPlace[] = [];
  let node: unknown = framework;
  let list: string | null = null;
  for (const key of path.map(String)) {
    const child: unknown = isObject(node) ? node[key] : Array.isArray(node) && /^\d+$/.test(key) ? (node[Number(key)] as unknown) : undefined;
    const item = list ? ITEMS[list] : undefined;
    if (item && /^\d+$/.test(key)) parts[parts.length - 1] = item(Number(key) + 1, child);
    else parts.push({ part: 'field', name: key });
    list = Array.isArray(child) ? key : null;
    node = child;
  }
  return parts.length ? parts : [{ part: 'whole' }];
}

function notOurs(value: unknown): FrameworkFileRead {
  const format = isObject(value) ? value.format : undefined;
  if (format === BACKUP_FORMAT) return refuse('backup');
  return refuse('not-framework', typeof format === 'string' && format !== '' ? { format: format.slice(0, 80) } : {});
}

/**
 * Reads a framework file's text: refused with what is wrong and where, or the framework it
 * holds, checked by the same rules as the editor (weights that make 100, bands that climb…).
 * Whether the receiving year's own records still fit it is the caller's to ask: only it knows them.
 */
export function readFrameworkFile(text: string): FrameworkFileRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty');
  const json = parseJson(body);
  if (!json.ok) return refuse('not-json', json.place ? { line: json.place.line, column: json.place.column } : {});
  const found = json.value;
  if (!isObject(found) || found.format !== FRAMEWORK_FILE_FORMAT) return notOurs(found);
  const { version } = found;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('bad-version');
  if (version > FRAMEWORK_FILE_VERSION) return refuse('newer-version', { version, readable: FRAMEWORK_FILE_VERSION });
  const parsed = frameworkFileSchema.safeParse(found, { error: thaiIssue });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue): FrameworkFileIssue => {
      const { path } = issue;
      return {
        where: path[0] === 'framework' ? frameworkPlace(path.slice(1), found.framework) : [{ part: 'header', path: path.map(String).join('.') }],
        path: path.map(String).join('.'),
        fault: { kind: 'schema', message: issue.message, ...issueCode(issue) },
      };
    });
    return refuse('invalid', { count: issues.length }, issues);
  }
  // Highest band first, as the editor saves them and scoring reads them.
  const framework = { ...parsed.data.framework, levels: [...parsed.data.framework.levels].sort((a, b) => b.min - a.min) };
  const broken = frameworkProblems(framework);
  if (broken.length) {
    const issues = ruleIssues(broken, framework);
    return refuse('rules', { count: issues.length }, issues);
  }
  return { ok: true, framework, exportedAt: new Date(parsed.data.exportedAt).toISOString() };
}

/** The editor's rule problems (paths as the form names fields) placed in the file. */
function ruleIssues(problems: readonly FrameworkProblem[], framework: Framework): FrameworkFileIssue[] {
  return problems.map((problem) => ({ where: frameworkPlace(problem.path.split('.'), framework), path: `framework.${problem.path}`, fault: { kind: 'rule', problem } }));
}
