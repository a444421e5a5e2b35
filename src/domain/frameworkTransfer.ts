import * as z from 'zod/mini';
import { BACKUP_FORMAT } from './backup/format';
import { notJsonMessage, parseJson } from './backup/json';
import { thaiIssue } from './backup/thaiIssues';
import { frameworkProblems, type FrameworkProblem } from './frameworkRules';
import { frameworkSchema, type Framework } from './schemas/framework';

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

export interface FrameworkFileIssue {
  /** Thai, naming the part of the framework: 'เครื่องมือที่ 1 (IIT) › น้ำหนัก'. */
  where: string;
  /** The field as the file spells it, for whoever mends the file by hand: 'framework.instruments.0.weight'. */
  path: string;
  message: string;
}

export interface FrameworkFileProblem {
  code: FrameworkFileProblemCode;
  /** Thai, for an alert: what the file is not, or how many things in it are wrong. */
  message: string;
  issues: FrameworkFileIssue[];
}

export type FrameworkFileRead = { ok: true; framework: Framework; exportedAt: string } | { ok: false; problem: FrameworkFileProblem };

const refuse = (code: FrameworkFileProblemCode, message: string, issues: FrameworkFileIssue[] = []): FrameworkFileRead => ({
  ok: false,
  problem: { code, message, issues },
});

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const FIELDS: Readonly<Record<string, string>> = {
  fiscalYear: 'ปีงบประมาณ',
  name: 'ชื่อ',
  nameEn: 'ชื่อภาษาอังกฤษ',
  weight: 'น้ำหนัก',
  number: 'เลขตัวชี้วัด',
  code: 'รหัส',
  passMark: 'เกณฑ์ผ่านของตัวชี้วัด',
  level: 'ระดับ',
  min: 'คะแนนเริ่มต้น',
  indicator: 'ตัวชี้วัด',
  group: 'หมวด',
  oItemScoring: 'วิธีให้คะแนนข้อ OIT',
  instruments: 'เครื่องมือ',
  indicators: 'ตัวชี้วัด',
  levels: 'ระดับผลการประเมิน',
  oItems: 'ข้อ OIT',
};

const ITEMS: Readonly<Record<string, (n: number, item: unknown) => string>> = {
  instruments: (n, item) => `เครื่องมือที่ ${n}${isObject(item) && typeof item.code === 'string' ? ` (${item.code.slice(0, 10)})` : ''}`,
  indicators: (n, item) => `ตัวชี้วัดลำดับที่ ${n}${isObject(item) && typeof item.number === 'number' ? ` (ตัวชี้วัดที่ ${item.number})` : ''}`,
  levels: (n) => `ระดับที่ ${n}`,
  oItems: (n, item) => `ข้อลำดับที่ ${n}${isObject(item) && typeof item.code === 'string' ? ` (${item.code.slice(0, 10)})` : ''}`,
};

/**
 * 'เครื่องมือที่ 2 (EIT) › ตัวชี้วัดลำดับที่ 1 (ตัวชี้วัดที่ 6) › น้ำหนัก' for instruments.1.indicators.0.weight
 * of `framework`: the words the editor uses for the same places, with what the file has there.
 */
export function describeFrameworkPath(path: readonly PropertyKey[], framework: unknown): string {
  const parts: string[] = [];
  let node: unknown = framework;
  let list: string | null = null;
  for (const key of path.map(String)) {
    const child: unknown = isObject(node) ? node[key] : Array.isArray(node) && /^\d+$/.test(key) ? (node[Number(key)] as unknown) : undefined;
    const item = list ? ITEMS[list] : undefined;
    if (item && /^\d+$/.test(key)) parts[parts.length - 1] = item(Number(key) + 1, child);
    else parts.push(FIELDS[key] ?? key);
    list = Array.isArray(child) ? key : null;
    node = child;
  }
  return parts.length ? parts.join(' › ') : 'เกณฑ์ทั้งชุด';
}

const SHOWN = 5;

function listed(issues: readonly FrameworkFileIssue[]): string {
  const shown = issues.slice(0, SHOWN).map((i) => `${i.where}: ${i.message}`);
  return `${shown.join('; ')}${issues.length > SHOWN ? ` และอีก ${issues.length - SHOWN} จุด` : ''}`;
}

function notOurs(value: unknown): FrameworkFileRead {
  const format = isObject(value) ? value.format : undefined;
  if (format === BACKUP_FORMAT) {
    return refuse('backup', 'ไฟล์นี้เป็นไฟล์สำรองข้อมูลทั้งหน่วยงาน ไม่ใช่ไฟล์เกณฑ์การประเมิน: กู้คืนข้อมูลได้ที่หน้าตั้งค่า หรือขอไฟล์ ita-framework-ปี.json จากผู้ส่ง');
  }
  const why = typeof format === 'string' && format !== '' ? `ไฟล์ระบุรูปแบบเป็น "${format.slice(0, 80)}"` : `ไม่พบ "format": "${FRAMEWORK_FILE_FORMAT}" ที่ต้นไฟล์`;
  return refuse('not-framework', `ไฟล์นี้ไม่ใช่ไฟล์เกณฑ์การประเมิน ITA (${why})`);
}

/**
 * Reads a framework file's text: refused with what is wrong and where, or the framework it
 * holds, checked by the same rules as the editor (weights that make 100, bands that climb…).
 * Whether the receiving year's own records still fit it is the caller's to ask: only it knows them.
 */
export function readFrameworkFile(text: string): FrameworkFileRead {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('empty', 'ไฟล์ว่างเปล่า ไม่มีเกณฑ์ให้นำเข้า');
  const json = parseJson(body);
  if (!json.ok) return refuse('not-json', notJsonMessage(json.place));
  const found = json.value;
  if (!isObject(found) || found.format !== FRAMEWORK_FILE_FORMAT) return notOurs(found);
  const { version } = found;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('bad-version', 'ไฟล์เกณฑ์นี้ไม่ระบุรุ่นของรูปแบบไฟล์ หรือระบุไม่ถูกต้อง (ช่อง "version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป)');
  }
  if (version > FRAMEWORK_FILE_VERSION) {
    return refuse(
      'newer-version',
      `ไฟล์นี้สร้างโดยแอปรุ่นที่ใหม่กว่า (รูปแบบไฟล์เกณฑ์รุ่น ${version} แต่แอปนี้อ่านได้ถึงรุ่น ${FRAMEWORK_FILE_VERSION}) จึงอ่านอย่างปลอดภัยไม่ได้ กรุณาปรับแอปเป็นรุ่นล่าสุดก่อนนำเข้า`,
    );
  }
  const parsed = frameworkFileSchema.safeParse(found, { error: thaiIssue });
  if (!parsed.success) {
    const issues = parsed.error.issues.map(({ path, message }) => ({
      where: path[0] === 'framework' ? describeFrameworkPath(path.slice(1), found.framework) : `ส่วนหัวของไฟล์ › ${path.map(String).join('.')}`,
      path: path.map(String).join('.'),
      message,
    }));
    return refuse('invalid', `ข้อมูลเกณฑ์ในไฟล์ไม่ถูกต้อง ${issues.length} จุด: ${listed(issues)}`, issues);
  }
  // Highest band first, as the editor saves them and scoring reads them.
  const framework = { ...parsed.data.framework, levels: [...parsed.data.framework.levels].sort((a, b) => b.min - a.min) };
  const broken = frameworkProblems(framework);
  if (broken.length) {
    const issues = ruleIssues(broken, framework);
    return refuse('rules', `เกณฑ์ในไฟล์ไม่ผ่านการตรวจเดียวกับหน้าแก้ไขเกณฑ์ ${issues.length} จุด: ${listed(issues)}`, issues);
  }
  return { ok: true, framework, exportedAt: new Date(parsed.data.exportedAt).toISOString() };
}

/** The editor's rule problems (paths as the form names fields) in the file's words. */
export function ruleIssues(problems: readonly FrameworkProblem[], framework: Framework): FrameworkFileIssue[] {
  return problems.map((p) => ({ where: describeFrameworkPath(p.path.split('.'), framework), path: `framework.${p.path}`, message: p.message }));
}
