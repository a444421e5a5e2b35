// Every English template that counts says so with a plural: "{count} measures" reads "1 measures".
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en } from '../../../src/i18n/en';

// Every catalog, found by name, so a new one is scanned the day it is added.
const modules = import.meta.glob<Record<string, unknown>>(['../../../src/**/*{Messages,messages}.ts', '!**/i18n/featureMessages.ts', '!**/i18n/warningMessages.ts'], { eager: true });

const isCatalog = (value: unknown): value is { en: Record<string, string> } =>
  typeof value === 'object' && value !== null && 'en' in value && 'th' in value;

const catalogs: [string, Record<string, string>][] = [
  ['src/i18n/en.ts', en],
  ...Object.entries(modules).flatMap(([path, exports]) =>
    Object.values(exports).filter(isCatalog).map((c): [string, Record<string, string>] => [path.replace('../../../', ''), c.en]),
  ),
];

// Words ending in s after a placeholder that are not counted nouns ("{name} is", "{unit}'s").
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'its', 'as', 'us', 'this', 'always', 'plus', 'across', 'less', 'unless', 'press', 'access', 'progress', 'address', 'status', 'process', 'business', 'success', 'yes', 'class',
  // Verbs: '{first} already holds', '{name} says'.
  'holds', 'says', 'reads', 'shows', 'needs', 'gives', 'keeps', 'comes', 'goes']);

// Parameters that name a thing rather than count it ("the {year} records", "{file} holds"), and
// scores: always written with two decimals, and "1.00 points" is plural in English (CLDR's rule
// for a number with visible decimals), so "{points} points" is right for every value.
const NOT_COUNTS = /^(year|fiscalYear|file|name|title|unit|indicator|number|level|date|when|who|first|last|points|total|score|change)$/;

/** `{x} nouns` or `{x} adjective nouns` outside a plural, with x a parameter that counts. */
function unpluralised(template: string): string[] {
  const outsidePlurals = template.replace(/\{\s*\w+\s*,\s*plural\s*,(?:[^{}]|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*\}/g, '');
  return [...outsidePlurals.matchAll(/\{(\w+)\}\s+(?:([a-z-]+)\s+)?([a-z]+s)\b/g)]
    .filter(([, name, between, noun]) => !NOT_COUNTS.test(name as string) && !NOT_PLURAL.has(between ?? '') && !NOT_PLURAL.has(noun as string) && !/(ss|us|is)$/.test(noun as string))
    .map((m) => m[0]);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('English plurals', () => {
  it('finds every catalog of the app', () => {
    const defining = sources('src').filter((file) => /defineMessages\(/.test(readFileSync(file, 'utf8')) && !file.endsWith('featureMessages.ts'));
    const scanned = new Set(catalogs.map(([path]) => path));
    expect(defining.map((file) => relative('.', file)).filter((file) => !scanned.has(file))).toEqual([]);
  });

  it.each([
    ['{count} measures', ['{count} measures']],
    ['{count} open measures', ['{count} open measures']],
    ['{name} is late', []],
    ['{year} records', []],
    ['{indicator} has scores', []],
    ['{first} already holds', []],
    ['{count, plural, one {# measure} other {# measures}}', []],
    ['{n, plural, one {# of {total}} other {# of {total}}} and {days} days', ['{days} days']],
    ['{count} measure(s)', []],
  ])('sees an unplural count in %j', (template, found) => {
    expect(unpluralised(template)).toEqual(found);
  });

  it('are written with plural syntax in every catalog', () => {
    const offenders = catalogs.flatMap(([path, catalog]) =>
      Object.entries(catalog).flatMap(([key, text]) => unpluralised(text).map((words) => `${path} ${key}: ${words}`)),
    );
    expect(offenders).toEqual([]);
  });
});
