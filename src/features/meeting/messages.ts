import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The meeting screen's own words. */
export const messages = defineMessages(words.th, words.en);
