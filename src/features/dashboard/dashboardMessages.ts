import { defineMessages } from '../../i18n/featureMessages';
import * as words from './dashboardMessages.json';

/** The dashboard's first-screen words that are not the app's core ones: the document note and a year with no scores. */
export const dashboardMessages = defineMessages(words.th, words.en);
