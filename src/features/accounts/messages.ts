import { ACCOUNT_FAULT_TH } from '../../domain/accountRefusals';
import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The accounts screen's own words, loaded with it: only the planning officer ever opens it. */
const th = {
  ...words.th,
  'accounts.fault.usernameTaken': ACCOUNT_FAULT_TH['username-taken'],
  'accounts.fault.nameTaken': ACCOUNT_FAULT_TH['name-taken'],
  'accounts.fault.unknownUnit': ACCOUNT_FAULT_TH['unknown-unit'],
  'accounts.fault.currentWrong': ACCOUNT_FAULT_TH['current-password-wrong'],
};

export const messages = defineMessages(th, words.en);

export type AccountsKey = keyof typeof th;
