import { problemWordsUnder } from '../../ui/passwordProblemWords';
import { defineMessages } from '../../i18n/featureMessages';
import * as words from './ownPasswordMessages.json';

/** The header's own-password dialog, loaded with it, and the accounts screen's own-password fields. */
const th = {
  ...words.th,
  ...problemWordsUnder('ownPassword.problem.', 'th'),
};

const en: Record<keyof typeof th, string> = {
  ...words.en,
  ...problemWordsUnder('ownPassword.problem.', 'en'),
};

export const ownPasswordMessages = defineMessages(th, en);
export type OwnPasswordKey = keyof typeof th;
