import type { Unit } from '../../../src/domain/schemas/organisation';
import { resolveUnit } from '../../../src/domain/units';

describe('a unit named by its short form', () => {
  const units: Unit[] = [
    { id: 'chang', name: 'กองช่าง', aliases: ['กช.'] },
    { id: 'palad', name: 'สำนักปลัดเทศบาล', aliases: ['สป.'] },
    { id: 'o2', name: 'กองคลัง 2.1', aliases: [] },
  ];
  it.each([
    ['กช.', 'chang'],
    ['ก.ช.', 'chang'],
    ['กช', 'chang'],
    [' ก. ช. ', 'chang'],
    ['ส.ป.', 'palad'],
    ['กองคลัง 2.1', 'o2'],
    ['กองคลัง 21', undefined],
    ['กค.', undefined],
  ])('"%s" is %s', (name, id) => {
    expect(resolveUnit(name, units)?.id).toBe(id);
  });
});
