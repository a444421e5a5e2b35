import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The reports screen's own words; the documents themselves are always in Thai, as published. */
export const messages = defineMessages(words.th, words.en);
