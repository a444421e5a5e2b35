import { roundScore } from './rounding';
import { levelSchema, type Framework, type Level } from './schemas/framework';

/** The part of a framework a name or amount problem is about, worded by whoever shows it. */
export type FrameworkPart =
  | 'frameworkName'
  | 'passMark'
  | 'instrumentName'
  | 'instrumentNameEn'
  | 'weight'
  | 'indicatorName'
  | 'indicatorNameEn'
  | 'levelMin'
  | 'oItemGroup'
  | 'oItemName';

/** What a year's record still names an indicator or O-item it would lose (frameworkFit.ts). */
export type FrameworkUse = 'scores' | 'notes' | 'results' | 'recommendations' | 'findings' | 'measures';

/**
 * What is wrong with a framework, as a code and the values that say which part: each screen
 * words it in its reader's language; the stores and the server send `frameworkProblemInThai`.
 * `path` is where, as a form names its fields: 'instruments.1.weight', 'levels', 'passMark'.
 * A use list (`uses`) is the codes of FrameworkUse joined by commas, so the values stay flat
 * enough to travel in a store's validation error.
 */
export type FrameworkProblem = { path: string } & (
  | { code: 'weightTotal'; values: { total: number } }
  | { code: 'instrumentRepeated'; values: { code: string } }
  | { code: 'indicatorWeights'; values: { code: string; sum: number; weight: number } }
  | { code: 'indicatorRepeated'; values: { number: number; first: string } }
  | { code: 'oItemRepeated'; values: { code: string } }
  | { code: 'oItemOrphan'; values: { code: string; indicator: number } }
  | { code: 'lowestLevel'; values: Record<string, never> }
  | { code: 'levelsSameMin'; values: { upper: string; lower: string; min: number } }
  | { code: 'levelOrder'; values: { level: string; above: string } }
  | { code: 'levelRepeated'; values: { level: string } }
  | { code: 'blank'; values: { what: FrameworkPart } }
  | { code: 'spaces'; values: { what: FrameworkPart; value: string } }
  | { code: 'decimals'; values: { what: FrameworkPart; value: number } }
  | { code: 'indicatorInUse'; values: { number: number; uses: string; year: number } }
  | { code: 'oItemInUse'; values: { code: string; uses: string; year: number } }
);

export type FrameworkProblemCode = FrameworkProblem['code'];

/** Thai for each problem, `{name}` a value; the editor's catalog takes its Thai from here too. */
export const FRAMEWORK_PROBLEM_TH: Readonly<Record<FrameworkProblemCode, string>> = {
  weightTotal: 'น้ำหนักของเครื่องมือรวมกันได้ {total} ต้องรวมกันได้ 100',
  instrumentRepeated: 'เครื่องมือ {code} ซ้ำ',
  indicatorWeights: 'น้ำหนักของตัวชี้วัดใน {code} รวมกันได้ {sum} แต่น้ำหนักของ {code} คือ {weight}',
  indicatorRepeated: 'ตัวชี้วัดที่ {number} ซ้ำกับใน {first}',
  oItemRepeated: 'ข้อ {code} ซ้ำ',
  oItemOrphan: 'ข้อ {code} อยู่ในตัวชี้วัดที่ {indicator} ซึ่งไม่มีในเกณฑ์นี้',
  lowestLevel: 'ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน ทุกคะแนนจึงมีระดับ',
  levelsSameMin: 'ระดับ {upper} และ {lower} เริ่มที่คะแนนเดียวกัน ({min})',
  levelOrder: 'ระดับ {level} ต้องเริ่มที่คะแนนสูงกว่าระดับ {above}',
  levelRepeated: 'ระดับ {level} ซ้ำ',
  blank: '{what}ว่างอยู่',
  spaces: '{what} "{value}" มีช่องว่างหน้าหรือท้าย',
  decimals: '{what} {value} มีทศนิยมเกิน 2 ตำแหน่ง',
  indicatorInUse: 'ตัวชี้วัดที่ {number} ยังถูกอ้างถึงโดย{uses} จึงนำออกจากเกณฑ์ไม่ได้',
  oItemInUse: 'ข้อ {code} ยังถูกอ้างถึงโดย{uses} จึงนำออกจากเกณฑ์ไม่ได้',
};

export const FRAMEWORK_PART_TH: Readonly<Record<FrameworkPart, string>> = {
  frameworkName: 'ชื่อเกณฑ์',
  passMark: 'เกณฑ์ผ่าน',
  instrumentName: 'ชื่อเครื่องมือ',
  instrumentNameEn: 'ชื่อภาษาอังกฤษของเครื่องมือ',
  weight: 'น้ำหนัก',
  indicatorName: 'ชื่อตัวชี้วัด',
  indicatorNameEn: 'ชื่อภาษาอังกฤษของตัวชี้วัด',
  levelMin: 'คะแนนเริ่มต้นของระดับ',
  oItemGroup: 'หมวดของข้อ',
  oItemName: 'ชื่อข้อ',
};

export const FRAMEWORK_USE_TH: Readonly<Record<FrameworkUse, string>> = {
  scores: 'คะแนนของปี {year}',
  notes: 'ข้อสังเกตรายประเด็น',
  results: 'ผลตรวจของปี {year}',
  recommendations: 'ข้อเสนอแนะของผู้ตรวจ',
  findings: 'ข้อบกพร่อง',
  measures: 'มาตรการ',
};

const fillIn = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** 'ก', 'ก และข', 'ก ข และค': a list as Thai writes it. */
const thaiList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(' ')} และ${items.at(-1)}`);

/** The use codes a problem's `uses` value holds, in the order found. */
export const usesOf = (uses: string): FrameworkUse[] => uses.split(',').filter((u): u is FrameworkUse => Object.hasOwn(FRAMEWORK_USE_TH, u));

/** The sentence the stores and the server send: the same words the editor shows in Thai. */
export function frameworkProblemInThai(problem: FrameworkProblem): string {
  const values: Record<string, string | number> = { ...problem.values };
  if ('what' in problem.values) values.what = FRAMEWORK_PART_TH[problem.values.what];
  if ('uses' in problem.values) {
    const year = problem.values.year;
    values.uses = thaiList(usesOf(problem.values.uses).map((u) => fillIn(FRAMEWORK_USE_TH[u], { year })));
  }
  return fillIn(FRAMEWORK_PROBLEM_TH[problem.code], values);
}

/** The problems as a store's validation error carries them: Thai for the API, the code for screens. */
export const frameworkFieldErrors = (problems: readonly FrameworkProblem[]) =>
  problems.map((p) => ({ path: p.path, message: frameworkProblemInThai(p), code: `framework.${p.code}`, values: { ...p.values } }));

/**
 * What the schema cannot say about a framework: the instrument weights make up the whole
 * (100), no instrument appears twice, each instrument's indicators make up its weight,
 * indicator numbers and O-item codes are not reused, the level bands climb strictly from a
 * lowest band at 0, and every O-item belongs to an indicator the framework has; names are
 * written (not blank, no spaces around them) and amounts have at most 2 decimals, as the editor
 * takes them. A framework with a problem cannot score a year correctly, or be edited again.
 */
export function frameworkProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [...fieldProblems(framework)];
  const total = roundScore(framework.instruments.reduce((sum, i) => sum + i.weight, 0));
  if (total !== 100) problems.push({ path: 'instruments', code: 'weightTotal', values: { total } });
  const numbers = new Map<number, string>();
  const instruments = new Set<string>();
  framework.instruments.forEach((instrument, i) => {
    const { code } = instrument;
    if (instruments.has(code)) problems.push({ path: `instruments.${i}.code`, code: 'instrumentRepeated', values: { code } });
    instruments.add(code);
    const sum = roundScore(instrument.indicators.reduce((s, ind) => s + ind.weight, 0));
    if (sum !== roundScore(instrument.weight)) problems.push({ path: `instruments.${i}.weight`, code: 'indicatorWeights', values: { code, sum, weight: instrument.weight } });
    instrument.indicators.forEach((ind, j) => {
      const first = numbers.get(ind.number);
      if (first) problems.push({ path: `instruments.${i}.indicators.${j}.number`, code: 'indicatorRepeated', values: { number: ind.number, first } });
      else numbers.set(ind.number, code);
    });
  });
  const codes = new Set<string>();
  framework.oItems.forEach((o, k) => {
    if (codes.has(o.code)) problems.push({ path: `oItems.${k}.code`, code: 'oItemRepeated', values: { code: o.code } });
    codes.add(o.code);
    if (!numbers.has(o.indicator)) problems.push({ path: `oItems.${k}.indicator`, code: 'oItemOrphan', values: { code: o.code, indicator: o.indicator } });
  });
  const bands = [...framework.levels].sort((a, b) => b.min - a.min);
  if (bands.at(-1)?.min !== 0) problems.push({ path: 'levels', code: 'lowestLevel', values: {} });
  bands.forEach((band, k) => {
    const above = bands[k - 1];
    if (above && above.min === band.min) problems.push({ path: 'levels', code: 'levelsSameMin', values: { upper: above.level, lower: band.level, min: band.min } });
  });
  // Higher levels need higher totals: AA above A above B, whatever numbers were typed.
  const rank = (level: string) => levelSchema.options.indexOf(level as Level);
  bands.forEach((band, k) => {
    const above = bands[k - 1];
    if (above && above.min !== band.min && rank(above.level) > rank(band.level)) {
      problems.push({ path: 'levels', code: 'levelOrder', values: { level: band.level, above: above.level } });
    }
  });
  const levels = new Set<string>();
  for (const band of framework.levels) {
    if (levels.has(band.level)) problems.push({ path: 'levels', code: 'levelRepeated', values: { level: band.level } });
    levels.add(band.level);
  }
  return problems;
}

/**
 * What the editor refuses field by field, for frameworks that did not come through it (a file,
 * a store write): otherwise one is kept that the editor cannot save again.
 */
function fieldProblems(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const name = (path: string, value: string, what: FrameworkPart) => {
    if (value.trim() === '') problems.push({ path, code: 'blank', values: { what } });
    else if (value !== value.trim()) problems.push({ path, code: 'spaces', values: { what, value } });
  };
  const amount = (path: string, value: number, what: FrameworkPart) => {
    if (roundScore(value) !== value) problems.push({ path, code: 'decimals', values: { what, value } });
  };
  name('name', framework.name, 'frameworkName');
  amount('passMark', framework.passMark, 'passMark');
  framework.instruments.forEach((instrument, i) => {
    const at = `instruments.${i}`;
    name(`${at}.name`, instrument.name, 'instrumentName');
    name(`${at}.nameEn`, instrument.nameEn, 'instrumentNameEn');
    amount(`${at}.weight`, instrument.weight, 'weight');
    instrument.indicators.forEach((indicator, j) => {
      name(`${at}.indicators.${j}.name`, indicator.name, 'indicatorName');
      name(`${at}.indicators.${j}.nameEn`, indicator.nameEn, 'indicatorNameEn');
      amount(`${at}.indicators.${j}.weight`, indicator.weight, 'weight');
    });
  });
  framework.levels.forEach((band, k) => amount(`levels.${k}.min`, band.min, 'levelMin'));
  framework.oItems.forEach((o, k) => {
    name(`oItems.${k}.group`, o.group, 'oItemGroup');
    name(`oItems.${k}.name`, o.name, 'oItemName');
  });
  return problems;
}
