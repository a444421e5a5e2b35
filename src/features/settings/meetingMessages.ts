import { defineMessages } from '../../i18n/featureMessages';
import * as words from './meetingMessages.json';

/** The meeting calendar's words in settings. */
export const meetingMessages = defineMessages(words.th, words.en);
