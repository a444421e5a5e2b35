import { defineMessages } from '../../../i18n/featureMessages';
import * as words from './messages.json';

/**
 * The words of the dashboard's lower sections, loaded with them just after the headline; the
 * indicator table and chart (`indicators.*`) load with this chunk too.
 */
export const messages = defineMessages(words.th, words.en);
export type DashboardMoreKey = keyof typeof words.th;
