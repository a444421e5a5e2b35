import type { Framework, OItemScoring } from './schemas/framework';

/** Thai for each way an O-item is scored, as the editor's choice names it. */
export const O_ITEM_SCORING_TH: Readonly<Record<OItemScoring, string>> = {
  'present-absent': 'มี/ไม่มี (100 หรือ 0)',
  points: 'คะแนน 0–100',
};

const codes = (list: readonly string[]) => list.join(', ');
const bands = (f: Framework) => f.levels.map((b) => `${b.level} ≥ ${b.min}`).join(' · ');

/**
 * What replacing `current` with `incoming` changes, one Thai line a change, so the person
 * importing a framework over their own sees what they give up before they confirm. Indicators
 * are matched by number and O-items by code: within a year those are what records point at.
 * Empty when the two score a year the same way and read the same.
 */
export function frameworkChanges(current: Framework, incoming: Framework): string[] {
  const out: string[] = [];
  if (current.fiscalYear !== incoming.fiscalYear) out.push(`ปีงบประมาณ: ${current.fiscalYear} → ${incoming.fiscalYear}`);
  if (current.name !== incoming.name) out.push(`ชื่อเกณฑ์: "${current.name}" → "${incoming.name}"`);
  if (current.passMark !== incoming.passMark) out.push(`เกณฑ์ผ่านของตัวชี้วัด: ${current.passMark} → ${incoming.passMark}`);
  if (current.oItemScoring !== incoming.oItemScoring) {
    out.push(`วิธีให้คะแนนข้อ OIT: ${O_ITEM_SCORING_TH[current.oItemScoring]} → ${O_ITEM_SCORING_TH[incoming.oItemScoring]}`);
  }

  const before = new Map(current.instruments.map((i) => [i.code, i]));
  const after = new Map(incoming.instruments.map((i) => [i.code, i]));
  for (const [code, i] of after) {
    const was = before.get(code);
    if (!was) out.push(`เพิ่มเครื่องมือ ${code} ${i.name} (น้ำหนัก ${i.weight})`);
    else {
      if (was.weight !== i.weight) out.push(`น้ำหนักของ ${code}: ${was.weight} → ${i.weight}`);
      if (was.name !== i.name || was.nameEn !== i.nameEn) out.push(`ชื่อของ ${code}: "${was.name}" → "${i.name}"`);
    }
  }
  for (const code of before.keys()) if (!after.has(code)) out.push(`นำเครื่องมือ ${code} ออก`);

  const indicators = (f: Framework) => new Map(f.instruments.flatMap((i) => i.indicators.map((d) => [d.number, { ...d, instrument: i.code }] as const)));
  const oldIndicators = indicators(current);
  const newIndicators = indicators(incoming);
  for (const [number, d] of [...newIndicators].sort(([a], [b]) => a - b)) {
    const was = oldIndicators.get(number);
    if (!was) {
      out.push(`เพิ่มตัวชี้วัดที่ ${number} ${d.name} ใน ${d.instrument} (น้ำหนัก ${d.weight})`);
      continue;
    }
    if (was.instrument !== d.instrument) out.push(`ตัวชี้วัดที่ ${number} ย้ายจาก ${was.instrument} ไป ${d.instrument}`);
    if (was.weight !== d.weight) out.push(`น้ำหนักของตัวชี้วัดที่ ${number}: ${was.weight} → ${d.weight}`);
    if (was.name !== d.name || was.nameEn !== d.nameEn) out.push(`ชื่อตัวชี้วัดที่ ${number}: "${was.name}" → "${d.name}"`);
  }
  const droppedIndicators = [...oldIndicators.keys()].filter((n) => !newIndicators.has(n)).sort((a, b) => a - b);
  if (droppedIndicators.length) out.push(`นำตัวชี้วัดที่ ${droppedIndicators.join(', ')} ออก`);

  if (bands(current) !== bands(incoming)) out.push(`ระดับผลการประเมิน: ${bands(current)} → ${bands(incoming)}`);

  const oldItems = new Map(current.oItems.map((o) => [o.code, o]));
  const newItems = new Map(incoming.oItems.map((o) => [o.code, o]));
  const added = [...newItems.keys()].filter((c) => !oldItems.has(c));
  const dropped = [...oldItems.keys()].filter((c) => !newItems.has(c));
  const changed = [...newItems.values()]
    .filter((o) => {
      const was = oldItems.get(o.code);
      return was && (was.indicator !== o.indicator || was.group !== o.group || was.name !== o.name);
    })
    .map((o) => o.code);
  if (added.length) out.push(`เพิ่มข้อ OIT ${added.length} ข้อ: ${codes(added)}`);
  if (dropped.length) out.push(`นำข้อ OIT ออก ${dropped.length} ข้อ: ${codes(dropped)}`);
  if (changed.length) out.push(`แก้ชื่อ หมวด หรือตัวชี้วัดของข้อ OIT ${changed.length} ข้อ: ${codes(changed)}`);
  return out;
}
