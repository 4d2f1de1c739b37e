import { describe, expect, it } from 'vitest';
import { checkPublicKey, MIN_RSA_BITS, type PublicKeyCheck, type PublicKeyProblem } from './ssh-public-key';

// Real public keys made once with `ssh-keygen -t <type> [-b <bits>] -C <name>@console-test` (the certificate with
// `ssh-keygen -s`); their private halves were thrown away.
const KEYS = {
  ed25519: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDk2oO2MtUF7zhfFRSYmVRpPvltWQOq+DEHW6lXnJ1ad ed25519@console-test',
  ecdsa256: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEHxIpFihMT181QN55GwVJmdD6E19ASVwzShLVg+N3xC60KruJHNSUs0N8tYScmO9kPlheY4B2Pf2AiMiG8uVuo= ecdsa256@console-test',
  ecdsa384: 'ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBAE1bi+Nr0/Gw+nDEwLoA9I7vqkC4rNtzXybxML1fk7ZwFVr1UOkyK5uzAUrU7s0c01olw+h3uEGz+XSKQkFLCRxjYS8q7Y9hd6ZRlRWMA1UamLm2IeOwLK6WjPZhO0fFw== ecdsa384@console-test',
  ecdsa521: 'ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBACfWMTuFo2vbmWvE7Q644KgFvRCukg2rwRYtjiEsxGQhuoAXk8SrZEC3VVgxVBMBw1cVpB/4lDzn3mJeqpR1w7ZswGLdly5D9xYP4zZZ8353GRdXcJzpn2VJHSMI/15cShx5ccfiA9yxlrlO6U/JOIlOESKGruYXwXpHClzDesyren3rA== ecdsa521@console-test',
  rsa2048: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCvrp1Tvbmr3hWtDvWo68iKJyDXhfl830CYtlBDqemiOcYX0DAsVflkZJjEC1YeqnV6LBTJBFBuptGt9irnladUvGVmpL0kTW3sqURVnIn0YQsy4aEgC6A2LA8aOWTVB0ffjualUfxvnvri9+UdZfqWJQ7hFYTcy8+Lv81MDIg2/USLVNMz/dRoiiEUuRkVocTONP5/R/yIShvtkNY19FMha07XQcuc7Nrn90hHAlm+YXxJBibjuvSxvTBvJ9lD+ef+z4YXK39kKGCSQKd+Z/Q2qGjBMz4FCdrcU30lq8CDj/b+QGG1AFWv04n1O/OQACqX4OSUh5cQuyP4WNw1MQ5R rsa2048@console-test',
  rsa1024: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCqFKVdUH+Eyq3VFJ5Wm8nd0mXJ0OMitWSuw+dlq0zn4tZVxKN/fILUzRA0oPF/rO4FaadhIx8z+lMWwUxCBlqB08CSQGNoY6eq6kn0K8dOOstJnlJ08OtPtiBYih5b692mto0wpzIfMTh8l5MHTSFIn+VZm5XDNtw/QopbEF+//Q== rsa1024@console-test',
  dsa: 'ssh-dss AAAAB3NzaC1kc3MAAACBAPBWP5RimXBWtbo8LDsi/6hyv4ozPgoK61pMKHO2ll2bcwIRSsPPznekpkShMLkihI1uwnz3+9hlO9smNNwnUezAdOWCaeEh1XPrZ4QcAnMej4rML6SaorDOnUSgtX1JpU+sQFX/V1ivPxhRPBuOK0JhhxxAHqHjk2C457Y5RMf/AAAAFQDnREVRU7OZSlj/v3Tgvq3KhN7BawAAAIEAtl5tRkptgFIu/CAlM0HSmf/XZsRHttE0/Ch5WI6CXh3pTvm/8oPVOaRufPky5GKZ3uB17W1TaZDvG+pCGUEVoFptglZdVjsbfCP2kS/avk4NRRgRpX+Gd94vwRXqO1GptRVwqNhQ6J6HGqYVxIB8YZ26vs4n9GVoPIT64+ugBMUAAACACUE35Qi5gyujAhxJWxSYTDzZKwgQZ3IyqQdWNjIKrbrYnlej2nbxif3291QMmpSukSLpVh91I6fy3iVz6lw/jgcB3dy8NXcx+tLlFUrlfRHMXvHG4Nsbn4p6jRgCHGSbWLAJ+gfUeCK8XB6Nbybc4uDUlX+LABCdzMAxRghymDU= dsa@console-test',
  certificate: 'ecdsa-sha2-nistp256-cert-v01@openssh.com AAAAKGVjZHNhLXNoYTItbmlzdHAyNTYtY2VydC12MDFAb3BlbnNzaC5jb20AAAAg9QoT+Fmuet4M1YMHZH+j8wgqoBwXs9P0owT808AVD3sAAAAIbmlzdHAyNTYAAABBBEHxIpFihMT181QN55GwVJmdD6E19ASVwzShLVg+N3xC60KruJHNSUs0N8tYScmO9kPlheY4B2Pf2AiMiG8uVuoAAAAAAAAAAAAAAAEAAAAJdGVzdC1jZXJ0AAAAAAAAAAAAAAAA//////////8AAAAAAAAAggAAABVwZXJtaXQtWDExLWZvcndhcmRpbmcAAAAAAAAAF3Blcm1pdC1hZ2VudC1mb3J3YXJkaW5nAAAAAAAAABZwZXJtaXQtcG9ydC1mb3J3YXJkaW5nAAAAAAAAAApwZXJtaXQtcHR5AAAAAAAAAA5wZXJtaXQtdXNlci1yYwAAAAAAAAAAAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA5NqDtjLVBe84XxUUmJlUaT75bVkDqvgxB1upV5ydWnQAAAFMAAAALc3NoLWVkMjU1MTkAAABA4fqu/+j16oIHSZW6vUs6up3PWQSgXrpiwtUs3RmitkfRhOVrtih+LEfLMm2KVIKjJyYWKVY3y0vViRCno4ynAg== ecdsa256@console-test',
} as const;

const bodyOf = (line: string) => line.split(' ')[1] ?? '';
const blobOf = (line: string) => Uint8Array.from(atob(bodyOf(line)), (char) => char.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
/** SSH wire strings (RFC 4251 §5): each part behind its uint32 length. */
const wire = (...parts: Array<string | Uint8Array>) => {
  const out: number[] = [];
  for (const part of parts) {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    out.push(...[24, 16, 8, 0].map((shift) => (bytes.length >>> shift) & 0xff), ...bytes);
  }
  return Uint8Array.from(out);
};
/** A line whose blob is built from parts; the blob's own type string comes first, as RFC 4253 §6.6 has it. */
const built = (type: string, ...parts: Array<string | Uint8Array>) => `${type} ${toBase64(wire(type, ...parts))}`;
const ecPoint256 = blobOf(KEYS.ecdsa256).subarray(4 + 19 + 4 + 8 + 4);
const e65537 = Uint8Array.from([1, 0, 1]);

describe('checkPublicKey accepts every supported type', () => {
  it.each([
    ['ssh-ed25519', KEYS.ed25519],
    ['ecdsa-sha2-nistp256', KEYS.ecdsa256],
    ['ecdsa-sha2-nistp384', KEYS.ecdsa384],
    ['ecdsa-sha2-nistp521', KEYS.ecdsa521],
    ['ssh-rsa', KEYS.rsa2048],
  ])('%s', (type, line) => {
    const comment = line.split(' ')[2];
    expect(checkPublicKey(line)).toEqual({ ok: true, type, comment, normalized: line });
  });

  const ed25519 = `ssh-ed25519 ${bodyOf(KEYS.ed25519)}`;
  const okEd25519 = (normalized: string, comment?: string): PublicKeyCheck =>
    comment ? { ok: true, type: 'ssh-ed25519', comment, normalized } : { ok: true, type: 'ssh-ed25519', normalized };
  it.each<[string, string, PublicKeyCheck]>([
    ['without a comment', ed25519, okEd25519(ed25519)],
    ['with a trailing newline', `${KEYS.ed25519}\n`, okEd25519(KEYS.ed25519, 'ed25519@console-test')],
    ['with blank lines and CRLF around it', `\r\n  ${KEYS.ed25519}  \r\n\r\n`, okEd25519(KEYS.ed25519, 'ed25519@console-test')],
    ['with tabs and runs of spaces', `ssh-ed25519\t${bodyOf(KEYS.ed25519)}   my  laptop`, okEd25519(`${ed25519} my laptop`, 'my laptop')],
    ["with Nova's own comment", `${ed25519} Generated-by-Nova`, okEd25519(`${ed25519} Generated-by-Nova`, 'Generated-by-Nova')],
  ])('%s', (_, text, expected) => {
    expect(checkPublicKey(text)).toEqual(expected);
  });

  it('gives a normalized line that passes again unchanged', () => {
    const first = checkPublicKey(`  ecdsa-sha2-nistp521\t${bodyOf(KEYS.ecdsa521)}  work key \n`);
    expect(first.ok && checkPublicKey(first.normalized)).toEqual(first);
  });
});

type FailureCase = [description: string, text: string, detail?: object];
const ed25519Body = bodyOf(KEYS.ed25519);
const rsaBody = bodyOf(KEYS.rsa2048);
// Only the start of an OpenSSH private key (its header fields, no key material).
const privateKeyBody = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ';
const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;

// Keyed by reason, so that leaving a reason without a case is a type error.
const failures = {
  empty: [
    ['an empty string', ''],
    ['only whitespace and newlines', ' \n\t\r\n '],
  ],
  'private-key': [
    ['an OpenSSH private key', pem('OPENSSH PRIVATE KEY', privateKeyBody)],
    ['a PKCS#1 private key (what Nova returns on create)', pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA')],
    ['a PKCS#8 private key', pem('PRIVATE KEY', 'MC4CAQAwBQYDK2VwBCIEI')],
    ['a PuTTY .ppk file', 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: me\nPublic-Lines: 2'],
  ],
  'not-openssh-format': [
    [
      'an RFC 4716 key from PuTTYgen',
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "me"\n${ed25519Body}\n---- END SSH2 PUBLIC KEY ----`,
      { format: 'rfc4716' },
    ],
    ['a PEM public key', pem('PUBLIC KEY', 'MCowBQYDK2VwAyEAOTag7Yy1QXvOF8VFJiZVGk++W1ZA6r4MQdbqVecnVp0='), { format: 'pem' }],
  ],
  'several-keys': [
    ['two keys on two lines', `${KEYS.ed25519}\n${KEYS.ecdsa256}\n`, { lines: 2 }],
    [
      'a key wrapped over three lines',
      `ssh-rsa ${rsaBody.slice(0, 200)}\n${rsaBody.slice(200, 300)}\n${rsaBody.slice(300)}`,
      { lines: 3 },
    ],
  ],
  'missing-type': [
    ['only the base64 body', ed25519Body],
    ['the body and the comment', `${rsaBody} me@laptop`],
  ],
  'unknown-type': [
    ['a DSA key', KEYS.dsa, { found: 'ssh-dss', family: 'dsa' }],
    [
      'a FIDO security key',
      `sk-ssh-ed25519@openssh.com ${ed25519Body}`,
      { found: 'sk-ssh-ed25519@openssh.com', family: 'security-key' },
    ],
    [
      'an OpenSSH certificate',
      KEYS.certificate,
      { found: 'ecdsa-sha2-nistp256-cert-v01@openssh.com', family: 'certificate' },
    ],
    ['an upper-case type', `SSH-ED25519 ${ed25519Body}`, { found: 'SSH-ED25519', family: 'other' }],
    [
      'an authorized_keys line with options',
      `no-pty,from="10.0.0.1" ${KEYS.ed25519}`,
      { found: 'no-pty,from="10.0.0.1"', family: 'other' },
    ],
    ['a long first word, shortened', 'x'.repeat(60), { found: `${'x'.repeat(40)}…`, family: 'other' }],
  ],
  'missing-body': [
    ['only the type', 'ssh-ed25519'],
    ['the type and a newline', 'ecdsa-sha2-nistp256  \n'],
  ],
  'bad-base64': [
    ['characters outside base64', 'ssh-ed25519 AAAAC3Nz!!!!'],
    ['a body without its padding', `ecdsa-sha2-nistp384 ${bodyOf(KEYS.ecdsa384).replace(/=+$/, '')}`],
    ['base64url instead of base64', `ssh-rsa ${rsaBody.replace(/\+/g, '-').replace(/\//g, '_')}`],
  ],
  'type-mismatch': [
    ['an Ed25519 body behind ssh-rsa', `ssh-rsa ${ed25519Body}`, { lineType: 'ssh-rsa', blobType: 'ssh-ed25519' }],
    [
      'a P-256 body behind nistp384',
      `ecdsa-sha2-nistp384 ${bodyOf(KEYS.ecdsa256)}`,
      { lineType: 'ecdsa-sha2-nistp384', blobType: 'ecdsa-sha2-nistp256' },
    ],
  ],
  truncated: [
    ['a body of three zero bytes', 'ssh-ed25519 AAAA'],
    ['an Ed25519 body cut short', `ssh-ed25519 ${ed25519Body.slice(0, 40)}`],
    ['an RSA body cut short', `ssh-rsa ${rsaBody.slice(0, 300)}`],
    ['an ECDSA body cut after the curve name', `ecdsa-sha2-nistp521 ${toBase64(blobOf(KEYS.ecdsa521).subarray(0, 39))}`],
  ],
  malformed: [
    ['a blob whose type string is empty', 'ssh-ed25519 AAAAAAAA'],
    ['bytes after the key', `ssh-ed25519 ${toBase64(Uint8Array.from([...blobOf(KEYS.ed25519), 0, 0, 0, 0]))}`],
    ['an Ed25519 key of 31 bytes', built('ssh-ed25519', new Uint8Array(31))],
    ['an ECDSA blob naming another curve', built('ecdsa-sha2-nistp256', 'nistp384', ecPoint256)],
    ['a compressed ECDSA point', built('ecdsa-sha2-nistp256', 'nistp256', Uint8Array.from([2, ...ecPoint256.subarray(1, 33)]))],
    ['a hybrid-form ECDSA point of the right length', built('ecdsa-sha2-nistp256', 'nistp256', Uint8Array.from([6, ...ecPoint256.subarray(1)]))],
    ['a negative RSA modulus', built('ssh-rsa', e65537, Uint8Array.from([0x80, ...new Uint8Array(255)]))],
    ['an RSA exponent of zero', built('ssh-rsa', new Uint8Array(0), Uint8Array.from([0, 0xc0, ...new Uint8Array(255)]))],
  ],
  'rsa-too-short': [
    ['a real 1024-bit key', KEYS.rsa1024, { bits: 1024, minBits: MIN_RSA_BITS }],
    [
      'a 2047-bit modulus',
      built('ssh-rsa', e65537, Uint8Array.from([0x7f, ...new Uint8Array(255).fill(0xff)])),
      { bits: 2047, minBits: MIN_RSA_BITS },
    ],
  ],
} satisfies Record<PublicKeyProblem, FailureCase[]>;

describe('checkPublicKey says what is wrong', () => {
  const cases = Object.entries(failures).flatMap(([reason, list]) =>
    (list as FailureCase[]).map(([description, text, detail]) => [reason, description, text, detail] as const),
  );

  it.each(cases)('%s: %s', (reason, _, text, detail) => {
    expect(checkPublicKey(text)).toEqual(detail ? { ok: false, reason, detail } : { ok: false, reason });
  });

  it('reports a private key pasted after a public key as a private key, and repeats none of it', () => {
    const result = checkPublicKey(`${KEYS.ed25519}\n${pem('OPENSSH PRIVATE KEY', privateKeyBody)}`);
    expect(result).toEqual({ ok: false, reason: 'private-key' });
  });

  it('accepts an RSA modulus of exactly the minimum, with a leading zero byte', () => {
    const line = built('ssh-rsa', e65537, Uint8Array.from([0, 0x80, ...new Uint8Array(254), 1]));
    expect(checkPublicKey(line)).toEqual({ ok: true, type: 'ssh-rsa', normalized: line });
  });
});
