import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage, currentLanguage, i18n } from './i18n';
import { detectLanguage, languageStorageKey } from './languages';

describe('detectLanguage', () => {
  it.each([
    ['a stored choice wins over the browser', 'ko', ['en-US'], 'ko'],
    ['the browser language when nothing is stored', null, ['ko-KR', 'en-US'], 'ko'],
    ['the first browser language we ship', null, ['fr-FR', 'ko', 'en'], 'ko'],
    ['region tags are matched on the language', null, ['EN-gb'], 'en'],
    ['a stored value we do not ship is ignored', 'fr', ['ko-KR'], 'ko'],
    ['English when nothing matches', null, ['fr-FR', 'de'], 'en'],
    ['English with no browser languages', null, [], 'en'],
  ] as const)('%s', (_label, stored, browser, expected) => {
    expect(detectLanguage(stored, browser)).toBe(expected);
  });
});

describe('changeLanguage', () => {
  afterEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('switches the strings, remembers the choice and keeps <html lang> in sync', async () => {
    await changeLanguage('ko');
    expect(currentLanguage()).toBe('ko');
    expect(i18n.t('shell:nav.flavors')).toBe('인스턴스 타입');
    expect(localStorage.getItem(languageStorageKey)).toBe('ko');
    expect(document.documentElement.lang).toBe('ko');

    await changeLanguage('en');
    expect(i18n.t('shell:nav.flavors')).toBe('Flavors');
    expect(document.documentElement.lang).toBe('en');
  });
});
