import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en } from '../../../src/i18n/en';
import { th } from '../../../src/i18n/th';

export interface Catalog {
  th: Record<string, string>;
  en: Record<string, string>;
}

// Every catalog, found by its file's name, so a new one is checked the day it is added: no list
// to forget. `definingFiles` below proves the name rule holds.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../src/**/*{Messages,messages}.ts', '!**/i18n/featureMessages.ts', '!**/i18n/warningMessages.ts'],
  { eager: true },
);

const isCatalog = (value: unknown): value is Catalog =>
  typeof value === 'object' && value !== null && 'en' in value && 'th' in value;

/** [path from the repo's root, catalog], the app's own catalog first. */
export const catalogs: [string, Catalog][] = [
  ['src/i18n/th.ts', { th, en }],
  ...Object.entries(modules).flatMap(([path, exports]) =>
    Object.values(exports)
      .filter(isCatalog)
      .map((c): [string, Catalog] => [path.replace('../../../', ''), c]),
  ),
];

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Files that define a catalog but that the glob above did not find (should be none). */
export function catalogsMissed(): string[] {
  const defining = sourceFiles('src').filter(
    (file) => /defineMessages\(/.test(readFileSync(file, 'utf8')) && !file.endsWith('featureMessages.ts'),
  );
  const found = new Set(catalogs.map(([path]) => path));
  return defining.map((file) => relative('.', file)).filter((file) => !found.has(file));
}
