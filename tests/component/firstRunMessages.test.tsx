// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../src/features/firstRun/messages';

// The first run's catalog, held to the rule tests/unit/i18n holds the others to, until it is listed there.
const dir = 'src/features/firstRun';
const code = readdirSync(dir)
  .filter((name) => /\.tsx?$/.test(name) && name !== 'messages.ts')
  .map((name) => readFileSync(join(dir, name), 'utf8'))
  .join('\n');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the first run’s messages', () => {
  it('has the same keys and placeholders in Thai and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.th).sort());
    for (const [key, th] of Object.entries(messages.th)) {
      expect([key, placeholders(messages.en[key as keyof typeof messages.en])]).toEqual([key, placeholders(th)]);
    }
  });

  it.each(Object.keys(messages.th))('%s is used', (key) => {
    expect(code.includes(`'${key}'`)).toBe(true);
  });
});
