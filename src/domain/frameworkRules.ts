import { roundScore } from './rounding';
import { levelSchema, type Framework, type Level } from './schemas/framework';

export interface FrameworkProblem {
  /** Where, as a form names its fields: 'instruments.1.weight', 'levels.2.min', 'passMark'. */
  path: string;
  message: string;
}

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
  if (total !== 100) problems.push({ path: 'instruments', message: `น้ำหนักของเครื่องมือรวมกันได้ ${total} ต้องรวมกันได้ 100` });
  const numbers = new Map<number, string>();
  const instruments = new Set<string>();
  framework.instruments.forEach((instrument, i) => {
    if (instruments.has(instrument.code)) problems.push({ path: `instruments.${i}.code`, message: `เครื่องมือ ${instrument.code} ซ้ำ` });
    instruments.add(instrument.code);
    const sum = roundScore(instrument.indicators.reduce((s, ind) => s + ind.weight, 0));
    if (sum !== roundScore(instrument.weight)) {
      problems.push({
        path: `instruments.${i}.weight`,
        message: `น้ำหนักของตัวชี้วัดใน ${instrument.code} รวมกันได้ ${sum} แต่น้ำหนักของ ${instrument.code} คือ ${instrument.weight}`,
      });
    }
    instrument.indicators.forEach((ind, j) => {
      const first = numbers.get(ind.number);
      if (first) problems.push({ path: `instruments.${i}.indicators.${j}.number`, message: `ตัวชี้วัดที่ ${ind.number} ซ้ำกับใน ${first}` });
      else numbers.set(ind.number, instrument.code);
    });
  });
  const codes = new Set<string>();
  framework.oItems.forEach((o, k) => {
    if (codes.has(o.code)) problems.push({ path: `oItems.${k}.code`, message: `ข้อ ${o.code} ซ้ำ` });
    codes.add(o.code);
    if (!numbers.has(o.indicator)) problems.push({ path: `oItems.${k}.indicator`, message: `ข้อ ${o.code} อยู่ในตัวชี้วัดที่ ${o.indicator} ซึ่งไม่มีในเกณฑ์นี้` });
  });
  const bands = [...framework.levels].sort((a, b) => b.min - a.min);
  if (bands.at(-1)?.min !== 0) problems.push({ path: 'levels', message: 'ระดับต่ำสุดต้องเริ่มที่ 0 คะแนน ทุกคะแนนจึงมีระดับ' });
  bands.forEach((band, k) => {
    const above = bands[k - 1];
    if (above && above.min === band.min) problems.push({ path: 'levels', message: `ระดับ ${above.level} และ ${band.level} เริ่มที่คะแนนเดียวกัน (${band.min})` });
  });
  // Higher levels need higher totals: AA above A above B, whatever numbers were typed.
  const rank = (level: string) => levelSchema.options.indexOf(level as Level);
  bands.forEach((band, k) => {
    const above = bands[k - 1];
    if (above && above.min !== band.min && rank(above.level) > rank(band.level)) {
      problems.push({ path: 'levels', message: `ระดับ ${band.level} ต้องเริ่มที่คะแนนสูงกว่าระดับ ${above.level}` });
    }
  });
  const levels = new Set<string>();
  for (const band of framework.levels) {
    if (levels.has(band.level)) problems.push({ path: 'levels', message: `ระดับ ${band.level} ซ้ำ` });
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
  const name = (path: string, value: string, what: string) => {
    if (value.trim() === '') problems.push({ path, message: `${what}ว่างอยู่` });
    else if (value !== value.trim()) problems.push({ path, message: `${what} "${value}" มีช่องว่างหน้าหรือท้าย` });
  };
  const amount = (path: string, value: number, what: string) => {
    if (roundScore(value) !== value) problems.push({ path, message: `${what} ${value} มีทศนิยมเกิน 2 ตำแหน่ง` });
  };
  name('name', framework.name, 'ชื่อเกณฑ์');
  amount('passMark', framework.passMark, 'เกณฑ์ผ่าน');
  framework.instruments.forEach((instrument, i) => {
    const at = `instruments.${i}`;
    name(`${at}.name`, instrument.name, 'ชื่อเครื่องมือ');
    name(`${at}.nameEn`, instrument.nameEn, 'ชื่อภาษาอังกฤษของเครื่องมือ');
    amount(`${at}.weight`, instrument.weight, 'น้ำหนัก');
    instrument.indicators.forEach((indicator, j) => {
      name(`${at}.indicators.${j}.name`, indicator.name, 'ชื่อตัวชี้วัด');
      name(`${at}.indicators.${j}.nameEn`, indicator.nameEn, 'ชื่อภาษาอังกฤษของตัวชี้วัด');
      amount(`${at}.indicators.${j}.weight`, indicator.weight, 'น้ำหนัก');
    });
  });
  framework.levels.forEach((band, k) => amount(`levels.${k}.min`, band.min, 'คะแนนเริ่มต้นของระดับ'));
  framework.oItems.forEach((o, k) => {
    name(`oItems.${k}.group`, o.group, 'หมวดของข้อ');
    name(`oItems.${k}.name`, o.name, 'ชื่อข้อ');
  });
  return problems;
}
