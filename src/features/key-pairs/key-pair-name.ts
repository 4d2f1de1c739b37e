/**
 * Nova's key pair name rule at 2.1 (docs/nova-behaviour.md, "Key pair names"): 1 to 255 characters of
 * `^[_\- a-zA-Z0-9]+$`, and the generic name check: no leading or trailing whitespace.
 */
export const KEY_PAIR_NAME_MAX = 255;

const ALLOWED = /^[_\- a-zA-Z0-9]$/;

export type KeyPairNameProblem =
  | { reason: 'empty' }
  | { reason: 'too-long'; length: number; max: number }
  | { reason: 'edge-space' }
  /** `characters`: each refused character once, in order, as the user would recognise it. */
  | { reason: 'bad-characters'; characters: string[] };

export function checkKeyPairName(name: string): KeyPairNameProblem | null {
  if (name.length === 0) return { reason: 'empty' };
  const refused = [...new Set([...name].filter((char) => !ALLOWED.test(char)))];
  if (refused.length > 0) return { reason: 'bad-characters', characters: refused.map(visible) };
  if (name.startsWith(' ') || name.endsWith(' ')) return { reason: 'edge-space' };
  if (name.length > KEY_PAIR_NAME_MAX) return { reason: 'too-long', length: name.length, max: KEY_PAIR_NAME_MAX };
  return null;
}

// A tab or a non-breaking space would be invisible between quotes.
function visible(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return char;
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A valid name from a public key's file name (`id_ed25519.pub` → `id_ed25519`), or "" when nothing is left. */
export function nameFromFileName(fileName: string): string {
  const name = fileName
    .replace(/\.pub$/i, '')
    .replace(/[^_\- a-zA-Z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s-]+|[\s-]+$/g, '')
    .slice(0, KEY_PAIR_NAME_MAX)
    .trimEnd();
  return /[a-zA-Z0-9]/.test(name) ? name : '';
}
