import { createContext, useContext } from 'react';

/**
 * The interface speaks Slovenian or English, switchable and remembered.
 * Each part of the explorer keeps its own strings beside it, as
 * `const MESSAGES = { sl: {...}, en: {...} } satisfies Messages<…>` and reads
 * them with `useMessages(MESSAGES)`.
 */
export type Lang = 'sl' | 'en';
export const LANGS: readonly Lang[] = ['sl', 'en'];

export type Messages<T> = Record<Lang, T>;

export const LangContext = createContext<Lang>('sl');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useMessages<T>(messages: Messages<T>): T {
  return messages[useLang()];
}

const STORAGE_KEY = 'explorer.lang';

/** The remembered language, else the browser's if it is Slovenian or English, else Slovenian. */
export function initialLang(stored: string | null = safeStorageGet(STORAGE_KEY), browser = navigatorLanguage()): Lang {
  if (stored === 'sl' || stored === 'en') return stored;
  return browser.toLowerCase().startsWith('en') ? 'en' : 'sl';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

function safeStorageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function navigatorLanguage(): string {
  return typeof navigator === 'undefined' ? 'sl' : navigator.language;
}

/** Dates in the interface's language: "14. december 2021" / "14 December 2021"; partial dates (2021, 2021-07) as written. */
export function formatDate(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return DATE_FORMATS[lang].format(value);
}

/** One formatter per language: making one costs about a millisecond, too much per table row. */
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  sl: new Intl.DateTimeFormat('sl-SI', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};
