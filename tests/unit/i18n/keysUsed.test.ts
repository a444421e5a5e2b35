// @vitest-environment node
import { readFileSync } from 'node:fs';
import { catalogs, sourceFiles } from './allCatalogs';

/** Every message is said somewhere: a key no code uses is a translation nobody will keep up. */
describe('message keys', () => {
  const code = sourceFiles('src')
    .map((file) => readFileSync(file, 'utf8'))
    // A catalog's own file names its keys without using them (its words are JSON, but keys whose
    // Thai is a domain table's stay in it): it does not count.
    .filter((text) => !text.includes('export const th = {') && !text.includes('export const en: Record') && !/\bdefineMessages[<(]/.test(text))
    .join('\n');

  // A key picked by a typed template (`storeError.storage.${reason}`) counts as used: TypeScript
  // checks that every value the template can take is a key.
  const templated = (key: string) => code.includes('`' + key.slice(0, key.lastIndexOf('.') + 1) + '${');

  it.each(catalogs.flatMap(([, c]) => Object.keys(c.th)))('%s is used in src', (key) => {
    expect(code.includes(`'${key}'`) || templated(key)).toBe(true);
  });
});
