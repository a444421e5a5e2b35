import { IMPORT_TH } from '../../domain/import/thaiWords';
import { NEW_YEAR_TH } from '../../domain/newYear';
import { defineMessages } from '../../i18n/featureMessages';
import * as words from './messages.json';

/** The first run's own words, loaded with it: only an empty data set ever shows them. */
const th = {
  ...words.th,
  'firstRun.refusal.year.format': NEW_YEAR_TH['year.format'],
  'firstRun.refusal.year.held': NEW_YEAR_TH['year.held'],
  'firstRun.refusal.year.tooFar': NEW_YEAR_TH['year.tooFar'],
  'firstRun.refusal.year.noFramework': NEW_YEAR_TH['year.noFramework'],
  // A score typed here is refused as a score file's cell is, in the same Thai.
  'firstRun.refusal.score.missing': IMPORT_TH['score.missing'],
  'firstRun.refusal.score.format': IMPORT_TH['score.format'],
  'firstRun.refusal.score.over100': IMPORT_TH['score.over100'],
} as const;

type FirstRunKey = keyof typeof th;

export const messages = defineMessages(th, words.en);
export type { FirstRunKey };
