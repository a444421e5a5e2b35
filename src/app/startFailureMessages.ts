import type { ErrorKey } from '../i18n/errorMessages';
import { loadErrorWords } from '../i18n/errorWordsLoader';
import { defineMessages } from '../i18n/featureMessages';
import { format, localeOf, type Language, type MessageParams } from '../i18n/i18n';
import type { OpenedStore, StartFailure } from './openStore';

/**
 * Why the data did not open at start-up, with the cause the browser gave (`{cause}`, its own
 * words). Loaded only when that happens: a start that works never downloads these.
 */
const th = {
  'start.failure.mockApi': 'เริ่ม API จำลองในเบราว์เซอร์ไม่ได้ ({cause}) เปลี่ยนแหล่งข้อมูลเป็นเบราว์เซอร์ได้ที่หน้าตั้งค่า',
  'start.failure.database': 'เปิดฐานข้อมูลในเบราว์เซอร์ไม่ได้ ({cause})',
};

const en: Record<keyof typeof th, string> = {
  'start.failure.mockApi': 'The mock API could not be started in the browser ({cause}). You can switch the data source to the browser in settings.',
  'start.failure.database': 'The database in the browser could not be opened ({cause})',
};

export const startFailureMessages = defineMessages(th, en);

/** The failure's Thai, as the store's error carries it for every call made after. */
export const startFailureInThai = (why: StartFailure): string => format(th[why.code], why.values);

/** A store that did not open, in the reader's language: its cause where start-up knows it, else the store's error worded. */
export async function wordStartFailure({ failure, why }: Pick<OpenedStore, 'failure' | 'why'>, language: Language): Promise<string> {
  const locale = localeOf(language);
  if (why) return format(startFailureMessages[language][why.code], why.values, locale);
  const { errorMessages, wordStoreError } = await loadErrorWords();
  const errors = (key: ErrorKey, params?: MessageParams) => format(errorMessages[language][key], params, locale);
  return wordStoreError(failure, language, errors);
}
