import { defineMessages } from '../../i18n/featureMessages';
import * as words from './timeframeMessages.json';

/**
 * Why a typed timeframe was not read, and the remarks on one that was, by the parser's codes.
 * Thai screens show the parser's own sentence, which also quotes the part that is off; these
 * are the English words for the same codes, and the Thai ones stand in for a sentence lost.
 */
export const timeframeMessages = defineMessages(words.th, words.en);
