import { defineMessages } from '../../i18n/featureMessages';
import * as words from './loadMessages.json';

// Apart from the charts' own words: the boundary that says a chart failed to load sits on the
// first screen, and the charts' catalog does not need to ride there with it.
export const chartLoadMessages = defineMessages(words.th, words.en);
