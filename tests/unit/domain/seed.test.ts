import seed from '../../../mocks/fixtures/phok-noi-2565.json';
import { importSeedDocument } from '../../../src/domain/seed';
import { normaliseUnitName, resolveUnit } from '../../../src/domain/units';
import type { Unit } from '../../../src/domain/schemas/organisation';

const NOW = '2026-11-24T10:00:00.000Z';

describe('units named as documents write them', () => {
  const units: Unit[] = [
    { id: 'palad', name: 'สำนักปลัดเทศบาล', aliases: ['สำนักปลัด', 'สำนักปลัดฯ'] },
    { id: 'finance', name: 'กองคลัง', aliases: [] },
  ];
  it.each(['สำนักปลัดเทศบาล', 'สำนักปลัด', 'สำนักปลัดฯ', ' สำนักปลัด ฯ ', 'สำนัก ปลัด'])('"%s" is สำนักปลัดเทศบาล', (name) => {
    expect(resolveUnit(name, units)?.id).toBe('palad');
  });
  it('matches decomposed and composed Thai alike', () => {
    expect(normaliseUnitName('กองคลัง'.normalize('NFD'))).toBe('กองคลัง');
  });
  it('does not guess an unknown unit', () => {
    expect(resolveUnit('กองช่าง', units)).toBeUndefined();
  });
});

describe('importing the seed document', () => {
  const result = importSeedDocument(seed, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const { data } = result;

  it('yields the organisation, one assessment, four findings and nine measures', () => {
    expect(data.organisation.name).toBe('เทศบาลตำบลพอกน้อย');
    expect(data.assessments).toHaveLength(1);
    expect(data.findings).toHaveLength(4);
    expect(data.measures).toHaveLength(9);
  });

  it('resolves สำนักปลัด and สำนักปลัดฯ to the same unit', () => {
    const [m1, m2, m3] = data.measures;
    expect(m1?.unitIds).toEqual(['unit-palad']);
    expect(m2?.unitIds).toEqual(['unit-palad']);
    expect(m3?.unitIds).toEqual(['unit-finance']);
    expect(data.findings.every((f) => f.unitIds.join() === 'unit-palad')).toBe(true);
  });

  it('parses the timeframes and keeps them as typed', () => {
    expect(data.measures.slice(0, 3).map((m) => m.timeframe)).toEqual([
      { raw: 'ต.ค.65-ธ.ค.66', start: { year: 2565, month: 10 }, end: { year: 2566, month: 12 } },
      { raw: 'ม.ค.–มี.ค. 66', start: { year: 2566, month: 1 }, end: { year: 2566, month: 3 } },
      { raw: 'ม.ค.-ส.ค.66', start: { year: 2566, month: 1 }, end: { year: 2566, month: 8 } },
    ]);
    expect(result.timeframeWarnings).toEqual([]);
  });

  it('gives every step an id, unticked, and every measure version 1', () => {
    const steps = data.measures.flatMap((m) => m.steps);
    expect(steps).toHaveLength(9);
    expect(new Set(steps.map((s) => s.id)).size).toBe(9);
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(data.measures.every((m) => m.version === 1 && m.createdAt === NOW && !m.archived)).toBe(true);
  });

  it('refuses a document naming a unit it does not list, saying where and which', () => {
    const bad = structuredClone(seed);
    const first = bad.measures[0];
    if (!first) throw new Error('fixture has no measure');
    first.units = ['กองช่าง'];
    const refused = importSeedDocument(bad, NOW);
    expect(refused).toEqual({ ok: false, issues: [{ path: 'measures.0.units.0', message: 'ไม่รู้จักส่วนราชการ "กองช่าง"' }] });
  });

  it('refuses malformed data with the field path and a Thai message', () => {
    const bad = structuredClone(seed) as { assessment: { indicatorScores: { score: unknown }[] } };
    const first = bad.assessment.indicatorScores[0];
    if (!first) throw new Error('fixture has no score');
    first.score = 130;
    const refused = importSeedDocument(bad, NOW);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.issues).toContainEqual({ path: 'assessment.indicatorScores.0.score', message: 'คะแนนต้องไม่เกิน 100' });
    }
  });

  it('warns about a timeframe it cannot read, and keeps the text', () => {
    const odd = structuredClone(seed);
    const first = odd.measures[0];
    if (!first) throw new Error('fixture has no measure');
    first.timeframe = 'ตลอดปี';
    const imported = importSeedDocument(odd, NOW);
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      expect(imported.data.measures[0]?.timeframe).toEqual({ raw: 'ตลอดปี', start: null, end: null });
      expect(imported.timeframeWarnings.map((w) => w.measureId)).toEqual(['msr-plan-1']);
    }
  });
});

describe('links the seed draws', () => {
  const imported = importSeedDocument(seed, NOW);
  if (!imported.ok) throw new Error('seed does not import');
  const { measures, findings } = imported.data;
  const squash = (s: string) => s.replace(/\s+/g, '');

  it('links each finding’s improvement and the two driving measures that restate one, and nothing else', () => {
    expect(measures.map((m) => [m.id, m.links])).toEqual([
      ['msr-plan-1', { indicators: [], oItems: [], findingIds: [] }],
      ['msr-plan-2', { indicators: [], oItems: [], findingIds: [] }],
      ['msr-plan-3', { indicators: [], oItems: [], findingIds: [] }],
      ['msr-fnd-eit-1', { indicators: [7], oItems: [], findingIds: ['fnd-eit-1'] }],
      ['msr-fnd-iit-1', { indicators: [5], oItems: [], findingIds: ['fnd-iit-1'] }],
      ['msr-fnd-oit-1', { indicators: [], oItems: ['O35'], findingIds: ['fnd-oit-1'] }],
      ['msr-drive-1', { indicators: [7], oItems: [], findingIds: ['fnd-eit-1'] }],
      ['msr-drive-2', { indicators: [5], oItems: [], findingIds: ['fnd-iit-1'] }],
      ['msr-drive-3', { indicators: [], oItems: [], findingIds: [] }],
    ]);
  });

  it.each([
    ['msr-drive-1', 'fnd-eit-1', 'บริการประชาชนด้วยความเท่าเทียมกันไม่เลือกปฏิบัติ'],
    ['msr-drive-2', 'fnd-iit-1', 'เอกสารการใช้งบประมาณ, หลักการใช้ทรัพย์สินของราชการ'],
  ])('%s says what %s asks, word for word', (measureId, findingId, phrase) => {
    const measure = measures.find((m) => m.id === measureId);
    const finding = findings.find((f) => f.id === findingId);
    expect(squash(measure?.description ?? '')).toContain(squash(phrase));
    expect(squash(finding?.improvement ?? '')).toContain(squash(phrase));
    if (finding?.target.kind === 'indicator') expect(measure?.links.indicators).toEqual([finding.target.indicator]);
  });
});
