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

describe('values in sentences', () => {
  it('show their hidden characters escaped, so a bidi control cannot turn the sentence around', () => {
    expect(i18n.t('instances:dialogs.title.delete', { name: 'safe\u202egnp.exe' })).toBe('Delete safe\\u202Egnp.exe?');
    expect(i18n.t('instances:dialogs.title.delete', { name: 'web\u200b01' })).toBe('Delete web\\u200B01?');
  });

  it('keep line breaks and tabs (messages use them) and every other character', () => {
    expect(i18n.t('instances:dialogs.title.delete', { name: '<b>웹 서버 🙂</b>\n' })).toBe('Delete <b>웹 서버 🙂</b>\n?');
  });
});
