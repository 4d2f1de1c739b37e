import i18next, { type BackendModule, type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { escapeHiddenCharactersInSentence } from '../lib/hidden-characters';
import { detectLanguage, isLanguage, languageStorageKey, type Language } from './languages';
import type { Namespace } from './resources';

/** What the shell and the first page (/instances) read; loaded before the first render. */
export const coreNamespaces: readonly Namespace[] = ['common', 'shell', 'errors', 'session', 'instances'];
const defaultNamespace = 'common' satisfies Namespace;

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null; // storage blocked (privacy mode): fall back to the browser's language
  }
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18next.on('languageChanged', syncDocumentLanguage);

function baseOptions(): InitOptions {
  return {
    ns: [...coreNamespaces],
    defaultNS: defaultNamespace,
    lng: detectLanguage(readStoredLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
    supportedLngs: ['en', 'ko'],
    // Every key exists in both languages (locales.test.ts): no fallback language to download as well.
    fallbackLng: false,
    // React escapes HTML. What i18next escapes is every value put into a sentence (a name, a server's message): its
    // hidden characters are written out (`\u202E`), so that a bidi control cannot turn the sentence around it.
    interpolation: { escapeValue: true, escape: escapeHiddenCharactersInSentence },
  };
}

// One chunk per language and namespace: a page brings its own strings, and only in the language in use.
const localeFiles = import.meta.glob<{ default: object }>('./locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, namespace, callback) {
    const load = localeFiles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no locale file ${language}/${namespace}`), false);
      return;
    }
    // `true`: i18next tries again (a dropped connection must not leave keys on screen).
    load().then(
      (file) => callback(null, file.default as Record<string, unknown>),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

/**
 * The app's start: the core namespaces of the user's language are fetched, then the first render has its strings.
 * Pages load their own namespaces on the way in (loadNamespaces in the routes).
 */
export async function initI18n(): Promise<void> {
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init(baseOptions());
}

/** Tests and tools: every language and namespace in memory, ready synchronously. */
export function initI18nWithResources(resources: InitOptions['resources']): void {
  void i18next.use(initReactI18next).init({ ...baseOptions(), resources, initAsync: false });
}

/** Resolves when the namespaces are there in the current language (at once when they already are). */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await i18next.loadNamespaces([...namespaces]);
}

export const i18n = i18next;

/** The language in use, narrowed to the ones we ship. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage;
  return isLanguage(language) ? language : 'en';
}

/** Switches the UI language (after its strings for the namespaces in use are loaded) and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // The switch still works for this page; it is just not remembered.
  }
  await i18next.changeLanguage(language);
}
