import { problemWordsUnder } from '../ui/passwordProblemWords';
import { SIGN_IN_TH } from '../domain/signInRefusals';
import { defineMessages } from '../i18n/featureMessages';
import { rekeyed } from '../i18n/rekeyed';
import * as words from './firstAccountMessages.json';

/** The sign-in screen of a server with no account yet: the first planning officer's form. */
const th = {
  ...words.th,
  ...problemWordsUnder('firstAccount.problem.', 'th'),
  // The server's refusals of a setup, in the Thai it sends them with.
  ...rekeyed(SIGN_IN_TH, 'setup.', 'firstAccount.refusal.'),
};

const en: Record<keyof typeof th, string> = {
  ...words.en,
  ...problemWordsUnder('firstAccount.problem.', 'en'),
};

export const firstAccountMessages = defineMessages(th, en);
export type FirstAccountKey = keyof typeof th;
