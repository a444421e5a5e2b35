import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The measures screens' own words, loaded with them rather than on every visit. */
export const messages = defineMessages(words.th, words.en);

export type MeasuresKey = keyof typeof words.th;
