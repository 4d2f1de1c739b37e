/**
 * Characters that show nothing, or change how the text around them shows: controls (C0, DEL, C1), format
 * characters (bidi controls such as U+202E, zero-width spaces and joiners, U+FEFF, the soft hyphen, tag
 * characters), the line and paragraph separators, and the Hangul fillers, which are blank letters. A name holding
 * one can read as another name: `safe\u202Egnp.exe` shows as "safeexe.png".
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
// In sentences: tab, line feed and carriage return show as white space and say nothing false (messages use them).
const HIDDEN_IN_SENTENCE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/gu;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** How a hidden character is shown: `\u202E`, or `\u{E0041}` beyond the first plane. */
export function hiddenCharacterEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

export interface TextPart {
  /** The text as shown: the escape (`\u202E`) of a hidden character. */
  text: string;
  hidden: boolean;
}

/** The text in runs of visible characters and single hidden ones, each hidden one as its escape. */
export function splitHiddenCharacters(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (const match of text.matchAll(HIDDEN_ALL)) {
    if (match.index > start) parts.push({ text: text.slice(start, match.index), hidden: false });
    parts.push({ text: hiddenCharacterEscape(match[0]), hidden: true });
    start = match.index + match[0].length;
  }
  if (start < text.length || parts.length === 0) parts.push({ text: text.slice(start), hidden: false });
  return parts;
}

/** The text with every hidden character written as its escape; the same string when it holds none. */
export function escapeHiddenCharacters(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, hiddenCharacterEscape) : text;
}

/** As {@link escapeHiddenCharacters}, but tab and line breaks stay: for values put into sentences. */
export function escapeHiddenCharactersInSentence(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_IN_SENTENCE, hiddenCharacterEscape) : text;
}

/** How many hidden characters the text holds. */
export function countHiddenCharacters(text: string): number {
  return HIDDEN.test(text) ? [...text.matchAll(HIDDEN_ALL)].length : 0;
}

/**
 * A typed confirmation of a name: the name itself, or the name as shown, each hidden character typed as its
 * escape (nobody can type U+202E, and pasting it back would confirm nothing).
 */
export function typedNameMatches(typed: string, name: string): boolean {
  return typed === name || (hasHiddenCharacters(name) && typed === escapeHiddenCharacters(name));
}

/**
 * JSON.stringify with every hidden character written as a JSON escape (`\u202e`): the same JSON value, every
 * character of it visible. Beyond the first plane both halves of the surrogate pair are escaped, as JSON wants.
 */
export function visibleJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? '').replace(HIDDEN_ALL, jsonEscape);
}

function jsonEscape(char: string): string {
  // JSON.stringify writes the C0 controls inside strings as escapes already; a raw one is the indentation's newline.
  if (char.charCodeAt(0) < 0x20) return char;
  let escaped = '';
  for (let index = 0; index < char.length; index += 1) escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
  return escaped;
}
