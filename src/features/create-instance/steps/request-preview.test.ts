import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasHiddenCharacters } from '../../../lib/hidden-characters';
import { curlCommand } from './request-preview';

// The shell runs in an empty directory: whatever a command line would run or redirect leaves a file there.
const scratch = mkdtempSync(join(tmpdir(), 'request-preview-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The argv that /bin/sh hands to curl when the command is pasted (curl is a function that prints it). */
function argvOf(command: string): string[] {
  const out = execFileSync('/bin/sh', ['-c', `curl() { printf '%s\\0' "$@"; }; ${command}`], { cwd: scratch });
  expect(readdirSync(scratch)).toEqual([]);
  return out.toString('utf8').split('\0').slice(0, -1);
}

const endpoint = 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant/';
const url = 'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant/servers';

describe('curlCommand', () => {
  const body = { server: { name: "it's-web", flavorRef: 'f', networks: [{ subnet: 's' }] } };

  it('posts to the real endpoint on one line, with the token left as a placeholder', () => {
    expect(curlCommand(body, endpoint)).toBe(
      `curl -X POST ${url} -H 'X-Auth-Token: <TOKEN>' -H 'Content-Type: application/json' -d '{"server":{"name":"it'\\''s-web","flavorRef":"f","networks":[{"subnet":"s"}]}}'`,
    );
  });

  it('names the cloud itself, not the console proxy, in live mode', () => {
    const live = curlCommand(body, '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/tenant');
    expect(live).toMatch(/^curl -X POST https:\/\/kr1-api-instance-infrastructure\.nhncloudservice\.com\/v2\/tenant\/servers /);
  });

  it('hands a shell exactly the URL, the headers and the JSON body, whatever the values hold', () => {
    const hostile = {
      server: {
        name: "x'; touch pwned; echo '$(touch pwned)`touch pwned`\"<>|&; 🙂",
        flavorRef: 'f',
        metadata: { note: 'line\nbreak\r\ttab\u001b[2K\u0000', bidi: 'safe\u202egnp.exe\u200b\u2066', del: '\u007f\u009b\u2028', tag: 'x\u{e0041}' },
      },
    };
    const command = curlCommand(hostile, "https://host.example/v2/t'en ant;id/")!;
    expect(command).not.toMatch(/[\n\r]/);
    expect(hasHiddenCharacters(command)).toBe(false);
    const argv = argvOf(command);
    expect(argv.slice(0, 8)).toEqual(['-X', 'POST', "https://host.example/v2/t'en ant;id/servers", '-H', 'X-Auth-Token: <TOKEN>', '-H', 'Content-Type: application/json', '-d']);
    expect(argv).toHaveLength(9);
    expect(JSON.parse(argv[8]!)).toEqual(hostile);
  });

  it.each([
    ['a line break', 'https://host.example/v2/t\n'],
    ['a bidi control', 'https://host.example/v2/t\u202e'],
    ['no http(s) scheme', '-K/etc/passwd'],
    ['a placeholder', '<compute endpoint>'],
  ])('builds none from an endpoint with %s', (_, computeEndpoint) => {
    expect(curlCommand(body, computeEndpoint)).toBeNull();
  });
});
