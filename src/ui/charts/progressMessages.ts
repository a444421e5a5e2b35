import { defineMessages } from '../../i18n/featureMessages';
import * as words from './progressMessages.json';

/** The progress chart's own words, shipped in the charts' chunk with the chart. */
export const progressMessages = defineMessages(words.th, words.en);
export type ProgressMessageKey = keyof typeof words.th;
