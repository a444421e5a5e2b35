import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { formatCount } from './numbers';
import { th } from './th';

export type Language = 'th' | 'en';
export type MessageKey = keyof typeof th;
export type MessageParams = Record<string, string | number>;

type Catalog = Record<MessageKey, string>;

/**
 * Thai ships with the app; English is fetched the first time someone asks for it, so the Thai
 * majority never downloads it.
 */
const loaded: Partial<Record<Language, Catalog>> = { th };
const loaders: Record<Language, () => Promise<Catalog>> = {
  th: () => Promise.resolve(th),
  en: () => import('./en').then((m) => m.en),
};

export async function loadCatalog(language: Language): Promise<Catalog> {
  const catalog = loaded[language] ?? (await loaders[language]());
  loaded[language] = catalog;
  return catalog;
}

function useCatalog(language: Language): Catalog | null {
  const [, setReady] = useState<Language | null>(null);
  useEffect(() => {
    if (!loaded[language]) void loadCatalog(language).then(() => setReady(language));
  }, [language]);
  return loaded[language] ?? null;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'th' || value === 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(value: number, locale: string, decimals: number): Intl.LDMLPluralRule {
  const id = `${locale} ${decimals}`;
  let rules = pluralRules.get(id);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { minimumFractionDigits: decimals });
    pluralRules.set(id, rules);
  }
  return rules.select(value);
}

/**
 * A count as a number, and how it is written: callers may pass a figure already written (a score
 * "1.00", whose shown decimals make English say "points"), or a number to be written here.
 */
function counted(value: string | number | undefined, locale: string): { value: number; written: string; decimals: number } | null {
  if (typeof value === 'number') return { value, written: formatCount(value, locale), decimals: 0 };
  const figure = typeof value === 'string' ? /^-?\d{1,3}(?:,?\d{3})*(?:\.(\d+))?$/.exec(value) : null;
  if (!figure || value === undefined) return null;
  return { value: Number(value.replaceAll(',', '')), written: value, decimals: figure[1]?.length ?? 0 };
}

/** Where the `{` at `open` closes, counting nested braces; -1 when it never does. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `=0 {…} one {…} other {…}` → its selectors and texts, or null when it is not that shape. */
function branches(body: string): Map<string, string> | null {
  const found = new Map<string, string>();
  let rest = body.trim();
  while (rest) {
    const head = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!head) return null;
    const open = head[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) return null;
    found.set(head[1] as string, rest.slice(open + 1, end));
    rest = rest.slice(end + 1).trim();
  }
  return found.has('other') ? found : null;
}

function plural(count: { value: number; written: string; decimals: number }, options: Map<string, string>, locale: string): string {
  const text = options.get(`=${count.value}`) ?? options.get(pluralCategory(count.value, locale, count.decimals)) ?? (options.get('other') as string);
  return text.replaceAll('#', count.written);
}

/**
 * Fills `{name}` placeholders and ICU plurals, `{count, plural, =0 {no measures} one {# measure}
 * other {# measures}}`, chosen by the locale's plural rules with `#` the number written for it.
 * A missing parameter or a template it cannot read stays visible rather than vanishing.
 */
export function format(template: string, params: MessageParams = {}, locale = 'en-GB'): string {
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    out += template.slice(at, open);
    const whole = template.slice(open, end + 1);
    out += fill(whole.slice(1, -1), whole, params, locale);
    at = end + 1;
  }
  return out + template.slice(at);
}

function fill(inner: string, whole: string, params: MessageParams, locale: string): string {
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) {
    const name = simple[1] as string;
    return name in params ? String(params[name]) : whole;
  }
  const select = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  const options = select && branches(select[2] as string);
  const count = select && counted(params[select[1] as string], locale);
  if (!options || !count) return whole;
  return format(plural(count, options, locale), params, locale);
}

/** The parameters a template asks for, plain or plural, each once, sorted: the same in every language. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  let at = 0;
  for (let open = template.indexOf('{', at); open >= 0; open = template.indexOf('{', at)) {
    const end = closing(template, open);
    if (end < 0) break;
    const inner = template.slice(open + 1, end);
    const simple = /^\s*(\w+)\s*$/.exec(inner);
    const select = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple) names.add(simple[1] as string);
    if (select) {
      names.add(select[1] as string);
      // A branch ('one {has}') is text, which may itself name parameters.
      for (const body of branches(select[2] as string)?.values() ?? []) for (const name of placeholderNames(body)) names.add(name);
    }
    at = end + 1;
  }
  return [...names].sort();
}

interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** BCP 47 locale for Intl: Thai dates in the Buddhist calendar. */
  locale: string;
}

/** BCP 47 locale for Intl: Thai dates in the Buddhist calendar, English as written in Britain. */
export function localeOf(language: Language): string {
  return language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const catalog = useCatalog(language);
  const ready = useMemo<I18n | null>(
    () => {
      if (!catalog) return null;
      const locale = localeOf(language);
      return { language, locale, t: (key: MessageKey, params?: MessageParams) => format(catalog[key], params, locale) };
    },
    [language, catalog],
  );
  // A switch of language keeps the screen in the language it was in until the other one's words
  // arrive: unmounted for that moment, every form would lose what the reader had typed.
  const [previous, setPrevious] = useState<I18n | null>(null);
  if (ready && ready !== previous) setPrevious(ready);
  const value = ready ?? previous;
  // Before paint, so a screen reader never meets English text marked as Thai.
  useLayoutEffect(() => {
    if (!value) return;
    document.documentElement.lang = language;
    document.title = value.t('app.title');
  }, [language, value]);
  // On a first visit in English, show nothing while its words are on their way rather than flash
  // Thai at an English reader.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
