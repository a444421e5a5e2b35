import { defineMessages } from '../i18n/featureMessages';
import * as words from './startMessages.json';

/** What start-up says before any screen is drawn, in the language the URL asks for. */
export const startMessages = defineMessages(words.th, words.en);
