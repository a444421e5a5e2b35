import { PASSWORD_TH, type PasswordProblemCode } from '../domain/passwordRule';

/**
 * Every password problem's English, by code, the one copy the screens' catalogs take theirs
 * from; their Thai is the domain's own table (PASSWORD_TH).
 */
export const PASSWORD_EN: Record<PasswordProblemCode, string> = {
  'password.tooShort': 'The password must be at least {min, plural, one {# character} other {# characters}} long.',
  'password.tooLong': 'The password is longer than {max, plural, one {# character} other {# characters}}.',
  'password.repeated': 'The password is one character or group said again and again, which is easy to guess.',
  'password.digitRun': 'The password is digits in a row (such as 1234567890), which is easy to guess.',
  'password.phone': 'The password looks like a phone number, which others know or guess easily.',
  'password.date': 'The password looks like a birth date or a date (such as 01012530, 2530-01-01 or 1 มกราคม 2530), which is easy to guess.',
  'password.thaiNumberRow': 'The password is the number row typed with the Thai keyboard (such as ๅ/-ภถุึคตจ), which is easy to guess.',
  'password.passwordWord': 'The password is the word "password" or "รหัสผ่าน" with only digits or symbols added, which is easy to guess.',
  'password.username': 'The password is the username with only digits or symbols added, which is easy to guess.',
  'password.name': "The password is the owner's first name or surname with only digits or symbols added, which is easy to guess.",
  'password.keyboard': 'The password is a row of keys or letters in order (such as qwerty, asdf, abcd or ฟหกด), which is easy to guess.',
  'password.common':
    'This password is among the 10,000 most used, or is a word from that list with only digits or symbols added, which others try first. Choose another password.',
};

type NameOf<C> = C extends `password.${infer N}` ? N : never;
export type PasswordProblemName = NameOf<PasswordProblemCode>;

/**
 * The problems' words under a catalog's own keys (`ownPassword.problem.` + `digitRun`): a key
 * means one sentence across catalogs, so each catalog names them afresh, but the sentences are
 * these tables' and nobody's copy.
 */
export function problemWordsUnder<P extends string>(prefix: P, language: 'th' | 'en'): Record<`${P}${PasswordProblemName}`, string> {
  const words = language === 'th' ? PASSWORD_TH : PASSWORD_EN;
  return Object.fromEntries(Object.entries(words).map(([code, text]) => [prefix + code.slice('password.'.length), text])) as Record<`${P}${PasswordProblemName}`, string>;
}
