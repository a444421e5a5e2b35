import { defineMessages } from '../i18n/featureMessages';
import * as words from './titleMessages.json';

/** Tab titles of the screens the main menu does not name. */
export const messages = defineMessages(words.th, words.en);
