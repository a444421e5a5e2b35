import { describe, expect, it } from 'vitest';
import { nameForm, searchForm } from '../../../src/domain/thaiSearch';

// The marks are spelled as escapes: an editor would otherwise show both orders alike.
describe('marks typed in either order search as one spelling', () => {
  it.each<[string, string, string]>([
    ['a tone mark before an upper vowel goes after it', 'ก\u0E48\u0E35', 'ก\u0E35\u0E48'],
    ['a tone mark already after an upper vowel stays', 'ก\u0E35\u0E48', 'ก\u0E35\u0E48'],
    ['a lower vowel goes before a tone mark', 'ก\u0E49\u0E39', 'ก\u0E39\u0E49'],
    ['THANTHAKHAT goes after an upper vowel', 'ก\u0E4C\u0E34', 'ก\u0E34\u0E4C'],
    ['NIKHAHIT before a tone mark, then SARA AA, becomes SARA AM', 'น\u0E4D\u0E49\u0E32', 'น\u0E49\u0E33'],
    ['a tone mark, NIKHAHIT and SARA AA become SARA AM', 'น\u0E49\u0E4D\u0E32', 'น\u0E49\u0E33'],
    ['marks on separate letters are ordered letter by letter', 'ก\u0E48\u0E35ข\u0E49\u0E38', 'ก\u0E35\u0E48ข\u0E38\u0E49'],
  ])('%s', (_what, typed, expected) => {
    expect(searchForm(typed)).toBe(expected);
  });

  it('finds a unit name whichever order its marks were typed in', () => {
    expect(nameForm('กองช\u0E48\u0E32ง')).toBe(nameForm('กองช่าง'));
    expect(nameForm('ส\u0E4D\u0E32นักปลัดฯ')).toBe(nameForm('สำนักปลัด'));
  });
});
