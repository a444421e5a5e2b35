import { frameworkFor } from '../../../src/domain/frameworks/registry';
import { byFindingOrder, instrumentOf, newFinding } from '../../../src/domain/findingWrites';
import { findingSchema } from '../../../src/domain/schemas/finding';
import { seedData } from '../../support/seed';

const framework = frameworkFor(2565);
const { findings } = seedData();
const ctx = { id: 'fnd-new', assessmentId: 'asm-2565', framework, siblings: findings, statedScore: 91.72 };

describe('a new finding', () => {
  it.each([
    [{ kind: 'indicator' as const, indicator: 5 }, 'IIT'],
    [{ kind: 'indicator' as const, indicator: 6 }, 'EIT'],
    [{ kind: 'indicator' as const, indicator: 10 }, 'OIT'],
    [{ kind: 'oItem' as const, code: 'O12' }, 'OIT'],
    [{ kind: 'indicator' as const, indicator: 12 }, null],
  ])('belongs to the instrument of %j', (target, instrument) => {
    expect(instrumentOf(target, framework)).toBe(instrument);
  });

  it('is numbered after its instrument’s last row, trimmed, and valid', () => {
    const finding = newFinding(
      { target: { kind: 'indicator', indicator: 6 }, title: ' คุณภาพการดำเนินงาน ', analysis: ' ช้า ', improvement: 'ทำคู่มือ', unitIds: ['unit-palad'] },
      ctx,
    );
    // The seed's EIT table has rows 1 and 2.
    expect(finding).toMatchObject({ instrument: 'EIT', order: 3, title: 'คุณภาพการดำเนินงาน', analysis: 'ช้า', statedScore: 91.72 });
    expect(findingSchema.parse(finding)).toEqual(finding);
  });

  it('starts an instrument’s table at 1', () => {
    expect(newFinding({ target: { kind: 'oItem', code: 'O12' }, title: 'x', analysis: '', improvement: '', unitIds: [] }, { ...ctx, siblings: [] }).order).toBe(1);
  });
});

describe('the order of findings', () => {
  it('is by instrument code, then by place, as the document lists them', () => {
    const found = [
      { instrument: 'OIT', order: 1 },
      { instrument: 'IIT', order: 2 },
      { instrument: 'EIT', order: 3 },
      { instrument: 'IIT', order: 1 },
      { instrument: 'EIT', order: 1 },
    ] as const;
    expect([...found].sort(byFindingOrder).map((f) => `${f.instrument}${f.order}`)).toEqual(['EIT1', 'EIT3', 'IIT1', 'IIT2', 'OIT1']);
  });
});
