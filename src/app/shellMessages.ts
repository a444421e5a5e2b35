import { defineMessages } from '../i18n/featureMessages';
import * as words from './shellMessages.json';

/** The app shell's own words on every screen: the phone's menu button. */
export const messages = defineMessages(words.th, words.en);
