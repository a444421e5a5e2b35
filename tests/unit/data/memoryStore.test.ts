import { createMemoryStore } from '../../../src/data/adapters/memoryStore';
import { StoreError } from '../../../src/data/store';
import { DEFAULT_SETTINGS } from '../../../src/domain/schemas/settings';
import { seedData } from '../../support/seed';

describe('the in-memory store', () => {
  it('lists assessments newest year first', async () => {
    const data = seedData();
    const [seed] = data.assessments;
    if (!seed) throw new Error('no assessment');
    data.assessments.unshift({ ...seed, id: 'asm-2564', fiscalYear: 2564 });
    const store = createMemoryStore(data, DEFAULT_SETTINGS);
    expect((await store.listAssessments()).map((a) => a.fiscalYear)).toEqual([2565, 2564]);
  });

  it('refuses a year it has no assessment for, as not-found with a Thai message', async () => {
    const store = createMemoryStore(seedData(), DEFAULT_SETTINGS);
    const error = await store.getAssessment(2570).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'not-found', message: 'ไม่พบผลการประเมิน ITA ของปีงบประมาณ 2570' });
  });

  it('hands out copies, so a screen changing what it read changes nothing stored', async () => {
    const store = createMemoryStore(seedData(), DEFAULT_SETTINGS);
    const first = await store.getAssessment(2565);
    first.reportedTotal = 0;
    expect((await store.getAssessment(2565)).reportedTotal).toBe(93.95);
  });

  it('lists an assessment’s findings and its live measures, leaving archived ones out', async () => {
    const data = seedData();
    const [first] = data.measures;
    if (!first) throw new Error('no measure');
    first.archived = true;
    const store = createMemoryStore(data, DEFAULT_SETTINGS);
    expect(await store.listFindings('asm-2565')).toHaveLength(4);
    expect((await store.listMeasures('asm-2565')).map((m) => m.id)).not.toContain(first.id);
    expect(await store.listMeasures('asm-2565')).toHaveLength(5);
    expect(await store.listFindings('other')).toEqual([]);
    expect((await store.listUnits()).map((u) => u.name)).toEqual(['สำนักปลัดเทศบาล', 'กองคลัง']);
    expect(await store.getSettings()).toEqual({ improvementMark: 90 });
    expect((await store.getOrganisation()).name).toBe('เทศบาลตำบลพอกน้อย');
  });
});
