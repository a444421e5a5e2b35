import { defineMessages } from '../../../src/i18n/featureMessages';
import { rekeyed } from '../../../src/i18n/rekeyed';
import missingEnglish from './fixtures/missingEnglish.json';
import strayEnglish from './fixtures/strayEnglish.json';

// A catalog's words are JSON, which nothing annotates: defineMessages is what holds the two
// languages to one set of keys. The refusals below are typecheck's (`tsc -b`): were a call let
// through, its `@ts-expect-error` would be unused, and that is an error.
describe('defineMessages', () => {
  it('keeps each language as given', () => {
    const words = { th: { 'fixture.kept': 'เก็บ' }, en: { 'fixture.kept': 'Kept' } };
    expect(defineMessages(words.th, words.en)).toEqual(words);
  });

  it('does not typecheck when the English JSON lacks a Thai key', () => {
    // @ts-expect-error: 'fixture.untranslated' has no English
    const messages = defineMessages(missingEnglish.th, missingEnglish.en);
    expect(Object.keys(messages.en)).not.toContain('fixture.untranslated');
  });

  it('does not typecheck when the English JSON has a key the Thai does not', () => {
    // @ts-expect-error: 'fixture.stray' is not a Thai key
    const messages = defineMessages(strayEnglish.th, strayEnglish.en);
    expect(Object.keys(messages.th)).not.toContain('fixture.stray');
  });
});

describe('rekeyed', () => {
  const table = { 'signIn.wrong': 'ผิด', 'signIn.busy': 'ไม่ว่าง', 'setup.noCode': 'ไม่มีรหัส' } as const;

  it.each([
    ['signIn.', 'signIn.refusal.', { 'signIn.refusal.wrong': 'ผิด', 'signIn.refusal.busy': 'ไม่ว่าง' }],
    ['setup.', 'firstAccount.refusal.', { 'firstAccount.refusal.noCode': 'ไม่มีรหัส' }],
    ['', 'x.', { 'x.signIn.wrong': 'ผิด', 'x.signIn.busy': 'ไม่ว่าง', 'x.setup.noCode': 'ไม่มีรหัส' }],
    ['other.', 'x.', {}],
  ])('puts the keys under %j under %j, and leaves the rest out', (from, to, expected) => {
    expect(rekeyed(table, from, to)).toEqual(expected);
  });

  it('types exactly the keys it makes, so English is held to them', () => {
    expectTypeOf(rekeyed(table, 'signIn.', 'signIn.refusal.')).toEqualTypeOf<{ 'signIn.refusal.wrong': string; 'signIn.refusal.busy': string }>();
  });
});
