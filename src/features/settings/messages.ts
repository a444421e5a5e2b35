import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The settings screen's own words, loaded with it rather than on every visit. */
export const messages = defineMessages(words.th, words.en);

export type SettingsKey = keyof typeof words.th;
