import { useMemo } from 'react';
import { format, useI18n, type Language, type MessageKey, type MessageParams } from './i18n';

/**
 * A screen's own words, in every language, shipped in that screen's chunk: a first visit to the
 * dashboard does not download the settings screen's hundred sentences.
 */
export type FeatureMessages<K extends string> = Record<Language, Record<K, string>>;

/**
 * One set of keys for both languages: K is inferred from the two, so a key that either lacks fails
 * typecheck at this call. The words are JSON beside each catalog, which nothing else annotates.
 */
export function defineMessages<K extends string>(th: Record<K, string>, en: Record<K, string>): FeatureMessages<K> {
  return { th, en };
}

/** The app's i18n, with `t` that also knows the feature's own keys. */
export function useMessages<K extends string>(messages: FeatureMessages<K>) {
  const i18n = useI18n();
  return useMemo(() => {
    const own = messages[i18n.language];
    const t = (key: MessageKey | K, params?: MessageParams): string =>
      key in own ? format(own[key as K], params, i18n.locale) : i18n.t(key as MessageKey, params);
    return { ...i18n, t };
  }, [i18n, messages]);
}
