import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The charts' own words, shipped with them in the charts' chunk (the frame's with the first screen's). */
export const chartMessages = defineMessages(words.th, words.en);
