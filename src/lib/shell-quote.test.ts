import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shellCommand, shellQuote } from './shell-quote';

const scratch = mkdtempSync(join(tmpdir(), 'shell-quote-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The argv a real shell builds from the line, run in an empty directory so that a redirection or a command shows. */
function argvFrom(shell: string, line: string): string[] {
  const out = execFileSync(shell, ['-c', `set -- ${line}\nprintf '%s\\0' "$@"`], { cwd: scratch, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch } });
  return out.toString('utf8').split('\0').slice(0, -1);
}

const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

// Each would run something, expand something or redirect something if it reached a shell bare.
const hostile = [
  'root; touch pwned #',
  'root && touch pwned',
  'root || touch pwned',
  'root | tee pwned',
  '$(touch pwned)',
  '`touch pwned`',
  '${HOME}',
  '$HOME',
  "it's",
  "'; touch pwned; '",
  '"; touch pwned; "',
  '\\',
  'a\\\'b',
  '<user>@<instance IP>',
  '> pwned',
  '< /etc/passwd',
  'a b  c',
  '*',
  '?',
  '[a]',
  '{a,b}',
  '~',
  '~root',
  '!!',
  '#comment',
  '=ls',
  '-oProxyCommand=touch pwned',
  '--',
  '',
  '사용자',
  'ユーザー',
  'café',
  '🙂 key',
];

describe('shellQuote', () => {
  it('leaves a word bare when no shell reads any of its characters', () => {
    expect(shellQuote('demo-key.pem')).toBe('demo-key.pem');
    expect(shellQuote('ubuntu@133.186.1.2')).toBe('ubuntu@133.186.1.2');
    expect(shellQuote('https://host:8774/v2/tenant/servers')).toBe('https://host:8774/v2/tenant/servers');
    expect(shellQuote('a=b')).toBe('a=b');
  });

  it('quotes everything else in single quotes, a quote as \'\\\'\'', () => {
    expect(shellQuote('my key.pem')).toBe("'my key.pem'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('root; touch /tmp/x #')).toBe("'root; touch /tmp/x #'");
    expect(shellQuote('$(id)')).toBe("'$(id)'");
    expect(shellQuote('=ls')).toBe("'=ls'");
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('사용자')).toBe("'사용자'");
  });

  it.each(shells)('hands %s exactly the word, whatever it holds, and runs nothing', (shell) => {
    for (const word of hostile) {
      const quoted = shellQuote(word);
      expect(quoted).not.toBeNull();
      expect(argvFrom(shell, `printf ${quoted}`)).toEqual(['printf', word]);
    }
    expect(readdirSync(scratch)).toEqual([]);
  });

  it.each([
    ['newline', 'root\ntouch pwned'],
    ['carriage return', 'root\rtouch pwned'],
    ['tab', 'a\tb'],
    ['ESC', 'root\u001b[2K'],
    ['NUL', 'root\u0000'],
    ['DEL', 'root\u007f'],
    ['C1 (CSI)', 'root\u009b31m'],
    ['line separator', 'root\u2028x'],
    ['right-to-left override', 'safe\u202egnp.exe'],
    ['zero-width space', 'ro\u200bot'],
    ['byte order mark', '\ufeffroot'],
  ])('refuses a word with a %s: no quoting shows it on one line', (_, word) => {
    expect(shellQuote(word)).toBeNull();
    expect(shellCommand(['ssh', '-i', 'key.pem'], [`${word}@10.0.0.1`])).toBeNull();
  });
});

describe('shellCommand', () => {
  it('joins the quoted words on one line', () => {
    expect(shellCommand(['ssh', '-i', 'my key.pem'], ['ubuntu@10.0.0.1'])).toBe("ssh -i 'my key.pem' ubuntu@10.0.0.1");
    expect(shellCommand(['chmod', '400'], ['demo-key.pem'])).toBe('chmod 400 demo-key.pem');
  });

  it('puts the operands after -- when one starts with a dash, so that it cannot be an option', () => {
    expect(shellCommand(['ssh', '-i', 'k.pem'], ['-oProxyCommand=touch /tmp/x@10.0.0.1'])).toBe("ssh -i k.pem -- '-oProxyCommand=touch /tmp/x@10.0.0.1'");
    expect(shellCommand(['chmod', '400'], ['-R.pem'])).toBe('chmod 400 -- -R.pem');
  });

  it.each(shells)('gives %s the intended argv for every hostile value', (shell) => {
    for (const value of hostile) {
      const line = shellCommand(['ssh', '-i', `${value}.pem`], [`${value}@10.0.0.1`]);
      const operands = value.startsWith('-') ? ['--', `${value}@10.0.0.1`] : [`${value}@10.0.0.1`];
      expect(line).not.toContain('\n');
      expect(argvFrom(shell, line ?? '')).toEqual(['ssh', '-i', `${value}.pem`, ...operands]);
    }
    expect(readdirSync(scratch)).toEqual([]);
  });
});
