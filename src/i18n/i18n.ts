import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, isLanguage, languageStorageKey, type Language } from './languages';
import { defaultNamespace, namespaces, resources } from './resources';

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

void i18next.use(initReactI18next).init({
  resources,
  ns: namespaces,
  defaultNS: defaultNamespace,
  lng: detectLanguage(readStoredLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: 'en',
  supportedLngs: ['en', 'ko'],
  // Resources are bundled, so init is synchronous and the first render already has its strings.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});

export const i18n = i18next;

/** The language in use, narrowed to the ones we ship. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage;
  return isLanguage(language) ? language : 'en';
}

/** Switches the UI language and remembers the choice (only an explicit choice is stored). */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // The switch still works for this page; it is just not remembered.
  }
  await i18next.changeLanguage(language);
}
