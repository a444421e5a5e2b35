import { describe, expect, it } from 'vitest';
import { frameworkFor } from '../../../src/domain/frameworks/registry';
import {
  formErrors,
  formFromFramework,
  oItemsFromPaste,
  readFrameworkForm,
  type FormFault,
  type FrameworkFormValues,
} from '../../../src/features/assessments/framework/frameworkForm';

const none = { findings: [], measures: [] };
const base = formFromFramework(frameworkFor(2565));
const edit = (change: (v: FrameworkFormValues) => void) => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('the framework form', () => {
  it('reads back the framework it was filled from, under the year it is for', () => {
    expect(readFrameworkForm(base, 2565, none)).toEqual({ framework: frameworkFor(2565), errors: {} });
    expect(readFrameworkForm(base, 2566, none).framework?.fiscalYear).toBe(2566);
  });

  it('understands Thai numerals, a decimal comma, and O-item codes typed loosely', () => {
    const { framework } = readFrameworkForm(
      edit((v) => {
        v.passMark = '๘๕,๕';
        if (v.oItems[0]) v.oItems[0].code = ' o 1 ';
      }),
      2566,
      none,
    );
    expect(framework?.passMark).toBe(85.5);
    expect(framework?.oItems[0]?.code).toBe('O1');
  });

  it.each(['present-absent', 'points'] as const)('keeps O-items scored as %s', (scoring) => {
    expect(readFrameworkForm(edit((v) => void (v.oItemScoring = scoring)), 2566, none).framework?.oItemScoring).toBe(scoring);
  });

  it('orders the level bands highest first whatever order they were typed in', () => {
    const { framework } = readFrameworkForm(edit((v) => v.levels.reverse()), 2566, none);
    expect(framework?.levels.map((b) => b.level)).toEqual(['AA', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it.each<[string, (v: FrameworkFormValues) => void, Record<string, FormFault[]>]>([
    ['a blank name', (v) => void (v.name = '  '), { name: [{ kind: 'form', code: 'required', what: 'name' }] }],
    ['a blank weight', (v) => void ((v.instruments[0] as { weight: string }).weight = ' '), { 'instruments.0.weight': [{ kind: 'form', code: 'required', what: 'weight' }] }],
    ['a pass mark in words', (v) => void (v.passMark = 'แปดสิบห้า'), { passMark: [{ kind: 'form', code: 'amountFormat', what: 'passMark' }] }],
    ['a level over 100', (v) => void ((v.levels[0] as { min: string }).min = '101'), { 'levels.0.min': [{ kind: 'form', code: 'amountFormat', what: 'levelMin' }] }],
    ['a weight of 0', (v) => void ((v.instruments[0] as { weight: string }).weight = '0'), { 'instruments.0.weight': [{ kind: 'form', code: 'amountPositive', what: 'weight' }] }],
    [
      'an indicator number that is not a whole number',
      (v) => void ((v.instruments[0]?.indicators[0] as { number: string }).number = '1.5'),
      { 'instruments.0.indicators.0.number': [{ kind: 'form', code: 'indicatorNumber' }] },
    ],
    [
      'an indicator number left blank',
      (v) => void ((v.instruments[0]?.indicators[0] as { number: string }).number = ''),
      { 'instruments.0.indicators.0.number': [{ kind: 'form', code: 'required', what: 'indicatorNumber' }] },
    ],
    ['an O-item code without its O', (v) => void ((v.oItems[2] as { code: string }).code = '3'), { 'oItems.2.code': [{ kind: 'form', code: 'oItemCode' }] }],
    ['an O-item code left blank', (v) => void ((v.oItems[2] as { code: string }).code = ' '), { 'oItems.2.code': [{ kind: 'form', code: 'required', what: 'oItemCode' }] }],
    ['an O-item with no indicator chosen', (v) => void ((v.oItems[2] as { indicator: string }).indicator = ''), { 'oItems.2.indicator': [{ kind: 'form', code: 'choose', what: 'indicator' }] }],
    ['a band with no level chosen', (v) => void ((v.levels[1] as { level: string }).level = ''), { 'levels.1.level': [{ kind: 'form', code: 'choose', what: 'level' }] }],
    ['an instrument not chosen', (v) => void ((v.instruments[1] as { code: string }).code = ''), { 'instruments.1.code': [{ kind: 'form', code: 'choose', what: 'instrument' }] }],
    ['no instruments', (v) => void (v.instruments = []), { instruments: [{ kind: 'form', code: 'noInstruments' }] }],
    ['no levels', (v) => void (v.levels = []), { levels: [{ kind: 'form', code: 'noLevels' }] }],
    ['an instrument with no indicators', (v) => void ((v.instruments[2] as { indicators: unknown[] }).indicators = []), {
      'instruments.2.indicators': [{ kind: 'form', code: 'noIndicators' }],
    }],
    [
      'an instrument whose indicators do not make its weight',
      (v) => void ((v.instruments[1]?.indicators[0] as { weight: string }).weight = '12'),
      { 'instruments.1.weight': [{ kind: 'rule', problem: { path: 'instruments.1.weight', code: 'indicatorWeights', values: { code: 'EIT', sum: 32, weight: 30 } } }] },
    ],
  ])('refuses %s with a code at the field', (_what, change, errors) => {
    const read = readFrameworkForm(edit(change), 2566, none);
    expect(read.framework).toBeNull();
    expect(read.errors).toEqual(errors);
  });

  it('leaves the last word to the schema should the form let something through', () => {
    // 100 is a whole number of up to 3 digits to the form; the schema stops indicator numbers at 99.
    const read = readFrameworkForm(edit((v) => void ((v.oItems[0] as { indicator: string }).indicator = '100')), 2566, none);
    expect(read.errors['oItems.0.indicator']).toEqual([{ kind: 'schema', field: expect.objectContaining({ path: 'oItems.0.indicator', code: 'too_big' }) }]);
  });

  it('refuses to drop an indicator the year still scores', () => {
    const fewer = edit((v) => {
      const iit = v.instruments[0];
      if (!iit) return;
      iit.indicators = iit.indicators.filter((d) => d.number !== '5');
      iit.weight = '24';
      v.instruments[2] = { ...(v.instruments[2] as (typeof v.instruments)[number]), weight: '46' };
      (v.instruments[2]?.indicators[0] as { weight: string }).weight = '26';
    });
    const uses = { assessment: { fiscalYear: 2566, indicatorScores: [{ indicator: 5, score: 80 }], subIssueNotes: [], oItemResults: [], recommendations: [] }, ...none };
    expect(readFrameworkForm(fewer, 2566, uses).errors).toEqual({
      instruments: [{ kind: 'rule', problem: { path: 'instruments', code: 'indicatorInUse', values: { number: 5, uses: 'scores', year: 2566 } } }],
    });
    expect(readFrameworkForm(fewer, 2566, none).errors).toEqual({});
  });

  it('puts a list’s own error at its root, and a field’s at its path, as react-hook-form reads them, each fault worded', () => {
    const fault = (code: 'noLevels' | 'noIndicators' | 'oItemCode'): FormFault => ({ kind: 'form', code });
    const errors = formErrors({ instruments: [fault('noLevels'), fault('oItemCode')], 'instruments.1.weight': [fault('noIndicators')], 'instruments.0.indicators': [fault('noIndicators')], 'levels.2.min': [fault('oItemCode')] }, (f) =>
      f.kind === 'form' ? f.code : '?',
    );
    expect(errors.instruments?.root?.message).toBe('noLevels · oItemCode');
    expect(errors.instruments?.[1]?.weight?.message).toBe('noIndicators');
    expect(errors.instruments?.[0]?.indicators?.root?.message).toBe('noIndicators');
    expect(errors.levels?.[2]?.min?.message).toBe('oItemCode');
  });
});

describe('an O-item list pasted from a spreadsheet', () => {
  it('reads tab- or comma-split lines, skips a heading, and reads loose codes and Thai numerals', () => {
    const tsv = 'รหัส\tตัวชี้วัด\tหมวด\tชื่อ\no1\t๙\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\n\nO2\t9\t9.1 ข้อมูลพื้นฐาน\tข้อมูลผู้บริหาร\n';
    expect(oItemsFromPaste(tsv)).toEqual({
      rows: [
        { code: 'O1', indicator: '9', group: '9.1 ข้อมูลพื้นฐาน', name: 'โครงสร้าง' },
        { code: 'O2', indicator: '9', group: '9.1 ข้อมูลพื้นฐาน', name: 'ข้อมูลผู้บริหาร' },
      ],
      problems: [],
    });
    expect(oItemsFromPaste('O8,9,9.1 ข้อมูลพื้นฐาน,Q&A, ถามตอบ').rows[0]?.name).toBe('Q&A, ถามตอบ');
  });

  it('names each line that is not four cells, and takes nothing', () => {
    expect(oItemsFromPaste('O1\t9\t9.1 ข้อมูลพื้นฐาน\tโครงสร้าง\nO2\t9\t\tข้อมูลผู้บริหาร\nO3\t9')).toEqual({
      rows: [],
      problems: [
        { kind: 'form', code: 'pasteLine', line: 2 },
        { kind: 'form', code: 'pasteLine', line: 3 },
      ],
    });
    expect(oItemsFromPaste('  \n').problems).toEqual([{ kind: 'form', code: 'pasteNone' }]);
  });
});
