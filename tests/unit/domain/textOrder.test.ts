import { describe, expect, it } from 'vitest';
import seed from '../../../mocks/fixtures/phok-noi-2565.json';
import { compareAscii, compareThai } from '../../../src/domain/textOrder';

const icu = new Intl.Collator('th');

/** Every pair on which ICU's Thai collation takes a side, and the two sides it and compareThai take. */
function disagreements(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const a of words) {
    for (const b of words) {
      const expected = Math.sign(icu.compare(a, b));
      if (expected !== 0 && Math.sign(compareThai(a, b)) !== expected) found.push(`${a} | ${b}: ICU ${expected}`);
    }
  }
  return found;
}

// Thai text of the seed document: unit names, people, titles of findings and measures.
function seedTexts(): string[] {
  const texts = new Set<string>();
  JSON.stringify(seed, (_key, value: unknown) => {
    if (typeof value === 'string' && /[\u0E00-\u0E7F]/.test(value) && value.length <= 200) texts.add(value);
    return value;
  });
  return [...texts];
}

/** Syllables as Thai writes them: a leading vowel or not, one or two consonants, a tone, a vowel after. */
function syllables(count: number): string[] {
  const pick = <T,>(s: ArrayLike<T>, i: number): T => s[i % s.length] as T;
  const lead = ['', 'เ', 'แ', 'โ', 'ใ', 'ไ'];
  const consonants = 'กขคงจชซญดตถทนบปผพฟมยรลวศสหอฮ';
  const tones = ['', '\u0E48', '\u0E49', '\u0E4A', '\u0E4B', '\u0E4C', '\u0E47'];
  const after = ['', 'า', 'ิ', 'ี', 'ุ', 'ู', 'ะ', 'ำ', 'ง', 'น', 'ม'];
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () => {
    const second = next() % 3 === 0 ? pick(consonants, next()) : '';
    return pick(lead, next()) + pick(consonants, next()) + second + pick(tones, next()) + pick(after, next());
  });
}

describe('compareThai', () => {
  it('orders the seed document’s names and titles as the Thai collation does', () => {
    const words = seedTexts();
    expect(words.length).toBeGreaterThan(40);
    expect(disagreements(words)).toEqual([]);
  });

  it('orders leading vowels by their consonant, tone marks after the bare word, digits before letters and Thai before Latin', () => {
    const words = ['ไก่', 'กา', 'ก้า', 'ก่า', 'เก', 'แก', 'โก', 'ใก', 'กอง IT', 'กองคลัง', 'งาน 2', 'งาน ๑', 'IT', 'it', 'ก็', 'ก์', 'ๆ', 'สำนักปลัดฯ', 'สำนักปลัดเทศบาล'];
    expect(disagreements(words)).toEqual([]);
    expect([...words].sort(compareThai)).toEqual([...words].sort(icu.compare));
  });

  it('agrees with the Thai collation on 400 generated syllables', () => {
    expect(disagreements(syllables(400))).toEqual([]);
  });

  it('still orders names the collation holds equal, the same way every time', () => {
    expect(icu.compare('สำนักปลัด', 'สำนักปลัดฯ')).toBe(0);
    expect(compareThai('สำนักปลัด', 'สำนักปลัดฯ')).toBe(-compareThai('สำนักปลัดฯ', 'สำนักปลัด'));
    expect(compareThai('กอง', 'กอง')).toBe(0);
  });
});

describe('compareAscii', () => {
  it('orders ISO dates and times as they read', () => {
    expect(['2566-01-02', '2565-12-31', '2566-01-01T09:00:00Z', '2566-01-01'].sort(compareAscii)).toEqual([
      '2565-12-31',
      '2566-01-01',
      '2566-01-01T09:00:00Z',
      '2566-01-02',
    ]);
    expect(compareAscii('a', 'a')).toBe(0);
  });
});
