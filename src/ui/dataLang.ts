import type { Language } from '../i18n/i18n';

const THAI = /[\u0E00-\u0E7F]/;

/** `'th'` for Thai data in a page of another language, where it must say so; else nothing. */
export function dataLang(text: string | null | undefined, language: Language): 'th' | undefined {
  return text && language !== 'th' && THAI.test(text) ? 'th' : undefined;
}

const SLOT = /\u2063(\d+)\u2063/;

/**
 * Slots for data inside a worded sentence: `slot(value)` stands in for a value given to `t()`,
 * and `DataSentence` puts each value back, marked as data, into the sentence it got.
 */
export function dataSlots(): { slot: (value: string) => string; data: string[] } {
  const data: string[] = [];
  return { data, slot: (value) => `\u2063${data.push(value) - 1}\u2063` };
}

/** A sentence cut at its slots: even parts are words, odd parts the index of a value. */
export function splitSlots(text: string): string[] {
  return text.split(new RegExp(SLOT.source, 'g'));
}
