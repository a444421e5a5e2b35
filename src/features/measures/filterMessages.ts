import { defineMessages } from '../../i18n/featureMessages';
import * as words from './filterMessages.json';

/** What the measures list says about the filters it is shown through. */
export const filterMessages = defineMessages(words.th, words.en);
