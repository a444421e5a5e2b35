import type { Framework, OItemScoring } from './schemas/framework';

type From<T> = { from: T; to: T };

/** The values each kind of change carries: a screen words them; bands and code lists are as written. */
interface ChangeValues {
  fiscalYear: From<number>;
  name: From<string>;
  passMark: From<number>;
  oItemScoring: From<OItemScoring>;
  instrumentAdded: { code: string; name: string; weight: number };
  instrumentWeight: From<number> & { code: string };
  instrumentName: From<string> & { code: string };
  instrumentRemoved: { code: string };
  indicatorAdded: { number: number; name: string; instrument: string; weight: number };
  indicatorMoved: From<string> & { number: number };
  indicatorWeight: From<number> & { number: number };
  indicatorName: From<string> & { number: number };
  indicatorsRemoved: { numbers: string; count: number };
  levels: From<string>;
  oItemsAdded: { count: number; codes: string };
  oItemsRemoved: { count: number; codes: string };
  oItemsChanged: { count: number; codes: string };
}

export type FrameworkChangeCode = keyof ChangeValues;

/** One change, as a code and the values that say what became what. */
export type FrameworkChange = { [C in FrameworkChangeCode]: { code: C; values: ChangeValues[C] } }[FrameworkChangeCode];

const codes = (list: readonly string[]) => list.join(', ');
const bands = (f: Framework) => f.levels.map((b) => `${b.level} ≥ ${b.min}`).join(' · ');

export function frameworkChanges(current: Framework, incoming: Framework): FrameworkChange[] {
  const out: FrameworkChange[] = [];
  if (current.fiscalYear !== incoming.fiscalYear) out.push({ code: 'fiscalYear', values: { from: current.fiscalYear, to: incoming.fiscalYear } });
  if (current.name !== incoming.name) out.push({ code: 'name', values: { from: current.name, to: incoming.name } });
  if (current.passMark !== incoming.passMark) out.push({ code: 'passMark', values: { from: current.passMark, to: incoming.passMark } });
  if (current.oItemScoring !== incoming.oItemScoring) out.push({ code: 'oItemScoring', values: { from: current.oItemScoring, to: incoming.oItemScoring } });

  const before = new Map(current.instruments.map((i) => [i.code, i]));
  const after = new Map(incoming.instruments.map((i) => [i.code, i]));
  for (const [code, i] of after) {
    const was = before.get(code);
    if (!was) out.push({ code: 'instrumentAdded', values: { code, name: i.name, weight: i.weight } });
    else {
      if (was.weight !== i.weight) out.push({ code: 'instrumentWeight', values: { code, from: was.weight, to: i.weight } });
      if (was.name !== i.name || was.nameEn !== i.nameEn) out.push({ code: 'instrumentName', values: { code, from: was.name, to: i.name } });
    }
  }
  for (const code of before.keys()) if (!after.has(code)) out.push({ code: 'instrumentRemoved', values: { code } });

  const indicators = (f: Framework) => new Map(f.instruments.flatMap((i) => i.indicators.map((d) => [d.number, { ...d, instrument: i.code }] as const)));
  const oldIndicators = indicators(current);
  const newIndicators = indicators(incoming);
  for (const [number, d] of [...newIndicators].sort(([a], [b]) => a - b)) {
    const was = oldIndicators.get(number);
    if (!was) {
      out.push({ code: 'indicatorAdded', values: { number, name: d.name, instrument: d.instrument, weight: d.weight } });
      continue;
    }
    if (was.instrument !== d.instrument) out.push({ code: 'indicatorMoved', values: { number, from: was.instrument, to: d.instrument } });
    if (was.weight !== d.weight) out.push({ code: 'indicatorWeight', values: { number, from: was.weight, to: d.weight } });
    if (was.name !== d.name || was.nameEn !== d.nameEn) out.push({ code: 'indicatorName', values: { number, from: was.name, to: d.name } });
  }
  const droppedIndicators = [...oldIndicators.keys()].filter((n) => !newIndicators.has(n)).sort((a, b) => a - b);
  if (droppedIndicators.length) out.push({ code: 'indicatorsRemoved', values: { numbers: droppedIndicators.join(', '), count: droppedIndicators.length } });

  if (bands(current) !== bands(incoming)) out.push({ code: 'levels', values: { from: bands(current), to: bands(incoming) } });

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
  if (added.length) out.push({ code: 'oItemsAdded', values: { count: added.length, codes: codes(added) } });
  if (dropped.length) out.push({ code: 'oItemsRemoved', values: { count: dropped.length, codes: codes(dropped) } });
  if (changed.length) out.push({ code: 'oItemsChanged', values: { count: changed.length, codes: codes(changed) } });
  return out;
}
