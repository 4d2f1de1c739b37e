export const languages = [
  { code: 'en', label: 'English' },
  { code: 'ko', label: '한국어' },
] as const;

export type Language = (typeof languages)[number]['code'];

export const languageStorageKey = 'instance-console.language';

export function isLanguage(value: unknown): value is Language {
  return languages.some((language) => language.code === value);
}

/**
 * The language to start in: the one the user chose before, else the first of the browser's languages we
 * have ("ko-KR" counts as Korean), else English.
 */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
