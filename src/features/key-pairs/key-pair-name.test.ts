import { describe, expect, it } from 'vitest';
import { checkKeyPairName, nameFromFileName } from './key-pair-name';

describe('checkKeyPairName', () => {
  it.each(['a', 'demo-key', 'ops_key 2', 'A-b_c 9', 'x'.repeat(255), 'inner  spaces'])('accepts %j', (name) => {
    expect(checkKeyPairName(name)).toBeNull();
  });

  it.each([
    ['', { reason: 'empty' }],
    [' lead', { reason: 'edge-space' }],
    ['trail ', { reason: 'edge-space' }],
    ['   ', { reason: 'edge-space' }],
    ['x'.repeat(256), { reason: 'too-long', length: 256, max: 255 }],
    ['me@host.example', { reason: 'bad-characters', characters: ['@', '.'] }],
    ['키', { reason: 'bad-characters', characters: ['키'] }],
    ['tab\there', { reason: 'bad-characters', characters: ['U+0009'] }],
    ['nbsp\u00a0x', { reason: 'bad-characters', characters: ['U+00A0'] }],
    ['a/b/c', { reason: 'bad-characters', characters: ['/'] }],
  ])('refuses %j', (name, problem) => {
    expect(checkKeyPairName(name)).toEqual(problem);
  });

  it('names the character problem before the length, which is the easier fix', () => {
    expect(checkKeyPairName(`${'x'.repeat(300)}.`)).toEqual({ reason: 'bad-characters', characters: ['.'] });
  });
});

describe('nameFromFileName', () => {
  it.each([
    ['id_ed25519.pub', 'id_ed25519'],
    ['my key.PUB', 'my key'],
    ['deploy@ci.example.pub', 'deploy-ci-example'],
    ['  spaced  .pub', 'spaced'],
    ['...', ''],
    ['열쇠.pub', ''],
    ['-x-.pub', 'x'],
  ])('%j → %j', (fileName, name) => {
    expect(nameFromFileName(fileName)).toBe(name);
    if (name !== '') expect(checkKeyPairName(name)).toBeNull();
  });
});
