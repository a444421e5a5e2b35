import { PASSWORD_PROBLEM_KEYS, passwordWording, wordPasswordFault } from '../../../src/features/accounts/passwordWords';
import { ownPasswordMessages } from '../../../src/features/accounts/ownPasswordMessages';
import { format } from '../../../src/i18n/i18n';

// The catalog's English, as a screen's `t` gives it.
const word = passwordWording((key, values) => format(ownPasswordMessages.en[key], values, 'en-GB'));

describe('a server’s password fault', () => {
  it.each([
    [{ code: 'password.common', values: {} }, 'This password is among the 10,000 most used, or is a word from that list with only digits or symbols added, which others try first. Choose another password.'],
    [{ code: 'password.tooShort', values: { min: 10 } }, 'The password must be at least 10 characters long.'],
    [{ code: 'password.digitRun' }, 'The password is digits in a row (such as 1234567890), which is easy to guess.'],
    [{ code: 'too_small', values: { minimum: 1 } }, null],
    [{}, null],
  ])('%j is worded %j', (fault, words) => {
    expect(wordPasswordFault(fault, word)).toBe(words);
  });

  it('has words for every code', () => {
    for (const key of Object.values(PASSWORD_PROBLEM_KEYS)) expect(ownPasswordMessages.en[key]).toBeTruthy();
  });
});
