import { defineMessages } from '../i18n/featureMessages';

/** The app shell's own words on every screen: the phone's menu button. */
const th = {
  'shell.menu': 'เมนู',
};

const en: typeof th = {
  'shell.menu': 'Menu',
};

export const messages = defineMessages(th, en);
