// A Node module hook (playwright.config.ts registers it): the app's TypeScript imports JSON as
// Vite reads it, `import * as words from './words.json'` with each top-level key a named export,
// and Node alone refuses a JSON import without `with { type: 'json' }`. The specs that import the
// server's code (and through it src/domain) load those files this way.
import { readFile } from 'node:fs/promises';

const NAME = /^[A-Za-z_$][\w$]*$/;

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.json') || context.importAttributes?.type === 'json') return nextLoad(url, context);
  const data = JSON.parse(await readFile(new URL(url), 'utf8'));
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data).filter((key) => NAME.test(key) && key !== 'default') : [];
  const source = [
    `const data = ${JSON.stringify(data)};`,
    'export default data;',
    ...keys.map((key, i) => `const v${i} = data[${JSON.stringify(key)}];\nexport { v${i} as ${key} };`),
  ].join('\n');
  return { format: 'module', source, shortCircuit: true };
}
