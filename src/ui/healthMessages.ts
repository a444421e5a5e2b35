import { defineMessages } from '../i18n/featureMessages';
import * as words from './healthMessages.json';

/**
 * Why a deadline-only measure has its health: added with deadlines, kept beside the badge that
 * says it. {span} is a count of days told by 'healthWhy.days'; the deadline day itself is told
 * as today, never as "0 days".
 */
export const healthMessages = defineMessages(words.th, words.en);
