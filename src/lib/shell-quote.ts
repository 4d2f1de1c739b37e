import { hasHiddenCharacters } from './hidden-characters';

// Characters that sh, bash and zsh read as themselves anywhere in a word; `=` not first (zsh expands `=cmd`).
const BARE = /^[A-Za-z0-9_@+:,./-][A-Za-z0-9_@+=:,./-]*$/;

/**
 * One word for a POSIX shell: as it is when made only of characters no shell reads, else between single quotes
 * (inside them every character is itself), a quote written `'\''`. Null when the word holds a hidden character
 * (a newline, an ESC, a bidi control...): single quotes keep it, but the line that shows it would not show it,
 * and a newline would end the command where the eye does not see it.
 */
export function shellQuote(word: string): string | null {
  if (hasHiddenCharacters(word)) return null;
  return BARE.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * A command line of quoted words, on one line. The operands follow `--` when one of them starts with `-`, so that
 * a value such as `-oProxyCommand=...` cannot be read as an option. Null when any word holds a hidden character.
 */
export function shellCommand(words: readonly string[], operands: readonly string[] = []): string | null {
  const all = operands.some((operand) => operand.startsWith('-')) ? [...words, '--', ...operands] : [...words, ...operands];
  const quoted = all.map(shellQuote);
  return quoted.every((word) => word !== null) ? quoted.join(' ') : null;
}
