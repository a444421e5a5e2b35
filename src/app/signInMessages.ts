import { SIGN_IN_TH } from '../domain/signInRefusals';
import { defineMessages } from '../i18n/featureMessages';
import { rekeyed } from '../i18n/rekeyed';
import * as words from './signInMessages.json';

/** Why the server turned a sign-in away, loaded with the sign-in form; the Thai is the domain's, as the API sends it. */
const th = rekeyed(SIGN_IN_TH, 'signIn.', 'signIn.refusal.');

export const signInMessages = defineMessages(th, words.en);
export type SignInKey = keyof typeof th;
