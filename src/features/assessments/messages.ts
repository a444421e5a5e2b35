import { NEW_YEAR_TH } from '../../domain/newYear';
import { defineMessages } from '../../i18n/featureMessages';
import { rekeyed } from '../../i18n/rekeyed';
import * as words from './messages.json';

/** The assessments screen's own words. */
const th = {
  ...words.th,
  ...rekeyed(NEW_YEAR_TH, 'year.', 'newYear.problem.'),
};

export const messages = defineMessages(th, words.en);
export type AssessmentsKey = keyof typeof th;
