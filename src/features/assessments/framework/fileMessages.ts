import { defineMessages } from '../../../i18n/featureMessages';
import * as words from './fileMessages.json';

/**
 * A framework file's refusals, its places, and what importing it would change, as the import box
 * says them. Only this screen words these codes, so their Thai lives here.
 */
export const fileMessages = defineMessages(words.th, words.en);
