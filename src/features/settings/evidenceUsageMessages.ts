import { defineMessages } from '../../i18n/featureMessages';
import * as words from './evidenceUsageMessages.json';

/** The Settings line on the space evidence files take (issue 25). */
export const evidenceUsageMessages = defineMessages(words.th, words.en);
