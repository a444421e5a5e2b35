import { defineMessages } from '../../../i18n/featureMessages';
import * as words from './freshnessMessages.json';

/** The words of the dashboard's "updated since the last meeting" section and its reminders. */
export const freshnessMessages = defineMessages(words.th, words.en);
