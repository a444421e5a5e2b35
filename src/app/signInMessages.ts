import { SIGN_IN_TH } from '../domain/signInRefusals';
import { defineMessages } from '../i18n/featureMessages';

/** Why the server turned a sign-in away, loaded with the sign-in form; the Thai is the domain's, as the API sends it. */
const th = {
  'signIn.refusal.wrong': SIGN_IN_TH['signIn.wrong'],
  'signIn.refusal.disabled': SIGN_IN_TH['signIn.disabled'],
  'signIn.refusal.locked': SIGN_IN_TH['signIn.locked'],
  'signIn.refusal.tooManyTries': SIGN_IN_TH['signIn.tooManyTries'],
  'signIn.refusal.busy': SIGN_IN_TH['signIn.busy'],
};

const en: Record<keyof typeof th, string> = {
  'signIn.refusal.wrong': 'The username or the password is wrong.',
  'signIn.refusal.disabled': 'This account has been disabled: ask the planning officer.',
  'signIn.refusal.locked': 'Too many wrong passwords: this account cannot sign in until {time}.',
  'signIn.refusal.tooManyTries': 'Too many failed sign-ins from this device: wait {minutes, plural, one {# minute} other {# minutes}} and try again.',
  'signIn.refusal.busy': 'The server is checking many passwords at once: try again in a moment.',
};

export const signInMessages = defineMessages(th, en);
export type SignInKey = keyof typeof th;
