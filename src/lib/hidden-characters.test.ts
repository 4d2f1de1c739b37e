import { describe, expect, it } from 'vitest';
import {
  countHiddenCharacters,
  escapeHiddenCharacters,
  escapeHiddenCharactersInSentence,
  hasHiddenCharacters,
  splitHiddenCharacters,
  typedNameMatches,
  visibleJson,
} from './hidden-characters';

const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const controls = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b'];
const others = ['\u00ad', '\u2028', '\u2029', '\u3164', '\u{e0041}'];

describe('hasHiddenCharacters', () => {
  it.each([...bidi, ...zeroWidth, ...controls, ...others].map((char) => [escapeHiddenCharacters(char), char]))('finds %s', (_, char) => {
    expect(hasHiddenCharacters(`web${char}01`)).toBe(true);
  });

  it.each(['web-01', 'my key', '웹 서버', 'ウェブ', 'café', 'سيرفر', 'שרת', '🙂', 'a\u00a0b', "it's", '\\u202E'])('finds none in %s', (name) => {
    expect(hasHiddenCharacters(name)).toBe(false);
  });
});

describe('splitHiddenCharacters', () => {
  it('marks each hidden character by its escape between runs of visible text', () => {
    expect(splitHiddenCharacters('safe\u202egnp.exe')).toEqual([
      { text: 'safe', hidden: false },
      { text: '\\u202E', hidden: true },
      { text: 'gnp.exe', hidden: false },
    ]);
    expect(splitHiddenCharacters('\u200b\u200bx')).toEqual([
      { text: '\\u200B', hidden: true },
      { text: '\\u200B', hidden: true },
      { text: 'x', hidden: false },
    ]);
    expect(splitHiddenCharacters('tag\u{e0041}')).toEqual([
      { text: 'tag', hidden: false },
      { text: '\\u{E0041}', hidden: true },
    ]);
  });

  it('gives a name without any as one visible part, the empty name too', () => {
    expect(splitHiddenCharacters('web-01')).toEqual([{ text: 'web-01', hidden: false }]);
    expect(splitHiddenCharacters('')).toEqual([{ text: '', hidden: false }]);
  });
});

describe('escapeHiddenCharacters', () => {
  it('writes each hidden character as its escape and leaves the rest', () => {
    expect(escapeHiddenCharacters('safe\u202egnp.exe')).toBe('safe\\u202Egnp.exe');
    expect(escapeHiddenCharacters('root\n; touch x')).toBe('root\\u000A; touch x');
    expect(escapeHiddenCharacters('웹\u3164서버 🙂')).toBe('웹\\u3164서버 🙂');
    expect(countHiddenCharacters('a\u200bb\u202ec')).toBe(2);
    expect(countHiddenCharacters('abc')).toBe(0);
  });

  it('in sentences keeps tabs and line breaks, which show as white space', () => {
    expect(escapeHiddenCharactersInSentence('line one\nline two\t\u202e')).toBe('line one\nline two\t\\u202E');
  });
});

describe('typedNameMatches', () => {
  it('takes the name itself, or the name as shown with its escapes typed', () => {
    const name = 'safe\u202egnp.exe';
    expect(typedNameMatches(name, name)).toBe(true);
    expect(typedNameMatches('safe\\u202Egnp.exe', name)).toBe(true);
    expect(typedNameMatches('safegnp.exe', name)).toBe(false);
    expect(typedNameMatches('safeexe.png', name)).toBe(false);
    expect(typedNameMatches('web', 'web')).toBe(true);
    expect(typedNameMatches('web ', 'web')).toBe(false);
  });
});

describe('visibleJson', () => {
  it('writes hidden characters as JSON escapes: the same value, every character visible', () => {
    const value = { server: { name: 'safe\u202egnp.exe', metadata: { note: 'a\u200bb\u007f\u2028', tag: 'x\u{e0041}', line: 'a\nb' } } };
    const json = visibleJson(value, 2);
    expect(hasHiddenCharacters(json.replaceAll('\n', ''))).toBe(false);
    expect(json).toContain('"safe\\u202egnp.exe"');
    expect(json).toContain('"x\\udb40\\udc41"');
    expect(json).toContain('"a\\nb"');
    expect(JSON.parse(json)).toEqual(value);
    expect(visibleJson({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }));
  });
});
