import { defineMessages } from '../../../i18n/featureMessages';
import * as words from './reminderMessages.json';

/** The reminders section of settings, on the agency's server only (it sends them). */
export const reminderMessages = defineMessages(words.th, words.en);
export type ReminderKey = keyof typeof words.th;
