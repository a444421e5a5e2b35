import { ALREADY_SET_UP_TH } from '../domain/alreadySetUp';
import { SIGN_IN_TH } from '../domain/signInRefusals';
import { defineMessages } from './featureMessages';
import * as words from './errorMessages.json';

/**
 * A store's refusal and a field's fault, by kind, reason and code. Thai screens show the store's
 * own Thai sentence, which names the record and the field; these are the words for the rest, and
 * the Thai ones stand in where a sentence is missing.
 */
const th = {
  ...words.th,
  'storeError.locked': SIGN_IN_TH['signIn.locked'],
  'storeError.forbidden.already-set-up': ALREADY_SET_UP_TH,
};

export const errorMessages = defineMessages(th, words.en);
export type ErrorKey = keyof typeof th;
