// Runs in the default jsdom environment on purpose: the simulated cloud's own tests call these functions there,
// and Node's WebCrypto and child_process are still reachable from it.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOfPublicKey, generateRsaKeyPair, InvalidPublicKeyError, type GeneratedKeyPair } from './ssh-keys';

let dir: string;
let generated: GeneratedKeyPair;
const keygenTypes = [
  ['ed25519', ['-t', 'ed25519']],
  ['ecdsa-256', ['-t', 'ecdsa', '-b', '256']],
  ['ecdsa-384', ['-t', 'ecdsa', '-b', '384']],
  ['ecdsa-521', ['-t', 'ecdsa', '-b', '521']],
  ['rsa', ['-t', 'rsa']],
] as const;
const publicKeys = new Map<string, string>();

function sshKeygen(...args: string[]): string {
  return execFileSync('ssh-keygen', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function fingerprintBySshKeygen(publicKey: string): string {
  const file = join(dir, `probe-${Math.random().toString(36).slice(2)}.pub`);
  writeFileSync(file, publicKey);
  // "<bits> SHA256:<fp> <comment> (<TYPE>)"
  return sshKeygen('-l', '-E', 'sha256', '-f', file).split(' ')[1] ?? '';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ssh-keys-test-'));
  generated = await generateRsaKeyPair();
  for (const [name, args] of keygenTypes) {
    const file = join(dir, name);
    sshKeygen(...args, '-N', '', '-q', '-C', `${name}@test`, '-f', file);
    publicKeys.set(name, readFileSync(`${file}.pub`, 'utf8'));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateRsaKeyPair', () => {
  it('returns a PKCS#1 PEM in 64-column lines with a trailing newline, as Nova does', () => {
    const lines = generated.privateKeyPem.split('\n');
    expect(lines[0]).toBe('-----BEGIN RSA PRIVATE KEY-----');
    expect(lines.slice(-2)).toEqual(['-----END RSA PRIVATE KEY-----', '']);
    const body = lines.slice(1, -2);
    expect(body.slice(0, -1).every((line) => line.length === 64)).toBe(true);
    expect(body.at(-1)?.length).toBeLessThanOrEqual(64);
  });

  it('writes a private key that ssh-keygen reads and derives the same public key from', () => {
    const file = join(dir, 'generated');
    writeFileSync(file, generated.privateKeyPem);
    chmodSync(file, 0o600);
    const [type, body] = sshKeygen('-y', '-f', file).trim().split(' ');
    expect(`${type} ${body} Generated-by-Nova`).toBe(generated.publicKey);
  });

  it('gives the fingerprint and size ssh-keygen -l reports', () => {
    const file = join(dir, 'generated.pub');
    writeFileSync(file, generated.publicKey);
    const [bits, fingerprint, comment, kind] = sshKeygen('-l', '-E', 'sha256', '-f', file).trim().split(' ');
    expect({ bits, fingerprint, comment, kind }).toEqual({
      bits: '2048',
      fingerprint: generated.fingerprint,
      comment: 'Generated-by-Nova',
      kind: '(RSA)',
    });
  });

  it('uses the given comment, and a different key each time', async () => {
    const other = await generateRsaKeyPair('alice@laptop');
    expect(other.publicKey).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E\S+ alice@laptop$/);
    expect(other.fingerprint).not.toBe(generated.fingerprint);
    await expect(fingerprintOfPublicKey(other.publicKey)).resolves.toBe(other.fingerprint);
  });
});

describe('fingerprintOfPublicKey', () => {
  it.each(keygenTypes.map(([name]) => name))('matches ssh-keygen -l for a %s key', async (name) => {
    const publicKey = publicKeys.get(name) ?? '';
    const expected = fingerprintBySshKeygen(publicKey);
    expect(expected).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    await expect(fingerprintOfPublicKey(publicKey)).resolves.toBe(expected);
    const [type, body] = publicKey.split(' ');
    await expect(fingerprintOfPublicKey(`${type} ${body} \r\n`)).resolves.toBe(expected);
  });

  // Malformed keys, each built from a real key so that only one thing is wrong.
  const wire = (...parts: Uint8Array[]) => {
    const out: number[] = [];
    for (const part of parts) out.push(...[24, 16, 8, 0].map((shift) => (part.length >>> shift) & 0xff), ...part);
    return new Uint8Array(out);
  };
  const text = (value: string) => new TextEncoder().encode(value);
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const bodyOf = (name: string) => publicKeys.get(name)?.split(' ')[1] ?? '';
  const blobOf = (name: string) => Uint8Array.from(atob(bodyOf(name)), (char) => char.charCodeAt(0));
  const ecPointOf = (name: string) => blobOf(name).subarray(4 + 19 + 4 + 8 + 4);
  const bigEndian = (value: bigint) => {
    const hex = value.toString(16);
    return Uint8Array.from((hex.length % 2 ? `0${hex}` : hex).match(/../g) ?? [], (pair) => parseInt(pair, 16));
  };
  const mpint = (value: bigint) => {
    const bytes = bigEndian(value);
    return (bytes[0] ?? 0) & 0x80 ? Uint8Array.from([0, ...bytes]) : bytes;
  };
  const rsaLine = (e: bigint, n: bigint) => `ssh-rsa ${b64(wire(text('ssh-rsa'), mpint(e), mpint(n)))}`;
  const ecdsa256Line = (curve: string, point: Uint8Array) =>
    `ecdsa-sha2-nistp256 ${b64(wire(text('ecdsa-sha2-nistp256'), text(curve), point))}`;
  const odd2048 = (1n << 2047n) + 12345n;

  it.each<[string, RegExp, () => string]>([
    ['an empty string', /not a "type base64/, () => ''],
    ['a type without a body', /not a "type base64/, () => 'ssh-ed25519'],
    ['leading whitespace, which cryptography refuses', /not a "type base64/, () => ` ${publicKeys.get('ed25519')}`],
    ["a tab after the type, which Nova's split(' ') misreads", /not a "type base64/, () =>
      `ssh-ed25519\t${bodyOf('ed25519')}`],
    ['an unsupported type', /unsupported key type/, () => `ssh-dss ${bodyOf('ed25519')}`],
    ['a body that is not base64', /not base64/, () => 'ssh-ed25519 AAAA!!!!'],
    ['a body without its padding', /not base64/, () => `ecdsa-sha2-nistp384 ${bodyOf('ecdsa-384').replace(/=+$/, '')}`],
    ['a blob of another type', /type mismatch/, () => `ssh-rsa ${bodyOf('ed25519')}`],
    ['a truncated blob', /truncated/, () => `ssh-ed25519 ${b64(blobOf('ed25519').subarray(0, 40))}`],
    ['trailing bytes after the key', /trailing data/, () =>
      `ssh-ed25519 ${b64(Uint8Array.from([...blobOf('ed25519'), 0, 0, 0, 0]))}`],
    ['an Ed25519 key of 31 bytes', /not 32 bytes/, () =>
      `ssh-ed25519 ${b64(wire(text('ssh-ed25519'), new Uint8Array(31)))}`],
    ['an ECDSA blob naming another curve', /curve does not match/, () =>
      ecdsa256Line('nistp384', ecPointOf('ecdsa-256'))],
    ['a compressed ECDSA point', /not uncompressed/, () =>
      ecdsa256Line('nistp256', Uint8Array.from([2, ...ecPointOf('ecdsa-256').subarray(1, 33)]))],
    ['a hybrid-form ECDSA point of the right length', /not uncompressed/, () =>
      ecdsa256Line('nistp256', Uint8Array.from([6, ...ecPointOf('ecdsa-256').subarray(1)]))],
    ['an ECDSA point off the curve', /not on the curve/, () => {
      const point = Uint8Array.from(ecPointOf('ecdsa-256'));
      point[64] = (point[64] ?? 0) ^ 1;
      return ecdsa256Line('nistp256', point);
    }],
    ['an even RSA exponent', /RSA exponent/, () => rsaLine(65536n, odd2048)],
    ['an RSA modulus of 1023 bits', /below 1024 bits/, () => rsaLine(65537n, (1n << 1022n) + 1n)],
    ['a negative RSA modulus', /negative integer/, () =>
      `ssh-rsa ${b64(wire(text('ssh-rsa'), mpint(65537n), Uint8Array.from([0x80, 1])))}`],
    ['two keys', /not a "type base64/, () => `${publicKeys.get('ed25519')}${publicKeys.get('ecdsa-256')}`],
  ])('rejects %s', async (_, reason, line) => {
    const rejection = fingerprintOfPublicKey(line());
    await expect(rejection).rejects.toBeInstanceOf(InvalidPublicKeyError);
    await expect(rejection).rejects.toThrow(reason);
  });

  it('accepts a 1024-bit RSA key with a comment, which Nova still imports', async () => {
    const line = `${rsaLine(65537n, (1n << 1023n) + 1n)} old key`;
    await expect(fingerprintOfPublicKey(line)).resolves.toBe(fingerprintBySshKeygen(line));
  });
});
