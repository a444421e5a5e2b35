import { format, placeholderNames } from '../../../src/i18n/i18n';

const MEASURES = '{count, plural, =0 {no measures} one {# measure} other {# measures}}';

describe('format', () => {
  it.each([
    ['ระดับ {level} ({min})', { level: 'AA', min: 95 }, 'ระดับ AA (95)'],
    ['ระดับ {level}', {}, 'ระดับ {level}'],
    [MEASURES, { count: 0 }, 'no measures'],
    [MEASURES, { count: 1 }, '1 measure'],
    [MEASURES, { count: 2 }, '2 measures'],
    [MEASURES, { count: 1234 }, '1,234 measures'],
    [MEASURES, { count: 1.5 }, '1.5 measures'],
    ['{count, plural, one {# measure} other {# measures}}', { count: 0 }, '0 measures'],
    ['Shown {shown, plural, one {# measure} other {# measures}} of {total}', { shown: 1, total: 9 }, 'Shown 1 measure of 9'],
    ['{n, plural, one {# measure answering indicator {number}} other {# measures answering indicator {number}}}', { n: 3, number: 7 }, '3 measures answering indicator 7'],
    ['{n, plural,one{# day}other{# days}} left', { n: 1 }, '1 day left'],
  ])('fills %j with %j as %j', (template, params, written) => {
    expect(format(template, params)).toBe(written);
  });

  it.each([
    ['a missing count', MEASURES, {}],
    ['a count that is text', MEASURES, { count: 'three' }],
    ['a count that is a date', MEASURES, { count: '2026-12-06' }],
    ['no other branch', '{count, plural, one {# measure}}', { count: 2 }],
    ['an unknown selector', '{count, plural, lots {#} other {#}}', { count: 2 }],
    ['a branch without braces', '{count, plural, one # other {#}}', { count: 2 }],
    ['a branch left open', '{count, plural, one {#} other {#', { count: 2 }],
    ['a select, which it does not know', '{kind, select, a {A} other {B}}', { kind: 'a' }],
  ])('leaves %s visible as it was written', (_case, template, params) => {
    expect(format(template, params)).toBe(template);
  });

  it('chooses by the locale’s plural rules and writes # for the locale', () => {
    // Thai has one plural form, so "other" stands for every count, one included.
    expect(format('{n, plural, one {# เดียว} other {# รายการ}}', { n: 1 }, 'th-TH-u-ca-buddhist')).toBe('1 รายการ');
    expect(format('{n, plural, one {# day} other {# days}}', { n: 1 }, 'en-GB')).toBe('1 day');
    // =N wins over the category it would fall in.
    expect(format('{n, plural, =1 {just one} one {# day} other {# days}}', { n: 1 }, 'en-GB')).toBe('just one');
    // A figure already written keeps its writing; its shown decimals count, as CLDR says.
    expect(format('{n, plural, one {# point} other {# points}}', { n: '1.00' }, 'en-GB')).toBe('1.00 points');
    expect(format('{n, plural, one {# point} other {# points}}', { n: '1' }, 'en-GB')).toBe('1 point');
    expect(format('{n, plural, one {# row} other {# rows}}', { n: '1,234' }, 'en-GB')).toBe('1,234 rows');
    expect(format('{n, plural, =0 {none} other {# rows}}', { n: '0' }, 'en-GB')).toBe('none');
    expect(format('{n, plural, one {# Tag} other {# Tage}}', { n: 1000 }, 'de-DE')).toBe('1.000 Tage');
  });
});

describe('placeholderNames', () => {
  it.each([
    ['{count} มาตรการ', ['count']],
    [MEASURES, ['count']],
    ['{b} and {a} and {b}', ['a', 'b']],
    ['{n, plural, one {# of {total}} other {# of {total}}}', ['n', 'total']],
    ['no placeholder', []],
    ['{stale} {stale, plural, one {has} other {have}} no update', ['stale']],
    ['{n, plural, =0 {none} other {#}}', ['n']],
    ['planned {expected}%, done {done}%', ['done', 'expected']],
    ['{a} {unclosed', ['a']],
  ])('finds the parameters of %j', (template, names) => {
    expect(placeholderNames(template)).toEqual(names);
  });
});
