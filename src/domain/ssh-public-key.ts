/**
 * The console's own check of a pasted SSH public key before "Import key pair" sends it. The server only ever says
 * "Keypair data is invalid: failed to generate fingerprint", so this is where the user learns what is wrong.
 * Pure and synchronous; deliberately shares nothing with the simulated cloud's parser (src/mocks/ssh-keys.ts).
 */

export const PUBLIC_KEY_TYPES = [
  'ssh-rsa',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
] as const;
export type PublicKeyType = (typeof PUBLIC_KEY_TYPES)[number];

/**
 * Below this the console refuses an RSA key although Nova takes 1024 bits and up: NIST SP 800-131A has disallowed
 * RSA under 2048 bits since 2014, and the RHEL 9 family's DEFAULT crypto policy makes sshd refuse such keys,
 * so the import would succeed and the login fail later.
 */
export const MIN_RSA_BITS = 2048;

interface ProblemDetails {
  empty: undefined;
  /** Never carries any of the pasted text. */
  'private-key': undefined;
  'not-openssh-format': { format: 'rfc4716' | 'pem' };
  'several-keys': { lines: number };
  /** Only the base64 body was pasted, without the type in front. */
  'missing-type': undefined;
  'unknown-type': { found: string; family: 'dsa' | 'security-key' | 'certificate' | 'other' };
  'missing-body': undefined;
  'bad-base64': undefined;
  'type-mismatch': { lineType: PublicKeyType; blobType: string };
  truncated: undefined;
  /** Well-framed but wrong inside: bad key length, curve or point format, negative integer, bytes left over. */
  malformed: undefined;
  'rsa-too-short': { bits: number; minBits: number };
}
export type PublicKeyProblem = keyof ProblemDetails;

export type PublicKeyCheckFailure = {
  [R in PublicKeyProblem]: ProblemDetails[R] extends undefined
    ? { ok: false; reason: R; detail?: undefined }
    : { ok: false; reason: R; detail: ProblemDetails[R] };
}[PublicKeyProblem];

export interface PublicKeyCheckSuccess {
  ok: true;
  type: PublicKeyType;
  comment?: string;
  /**
   * `type base64 [comment]` with single spaces and nothing around it: what to send. Nova refuses leading
   * whitespace and decodes `public_key.split(' ')[1]` (nova/crypto.py generate_fingerprint), so a tab would fail.
   */
  normalized: string;
}

export type PublicKeyCheck = PublicKeyCheckSuccess | PublicKeyCheckFailure;

export function checkPublicKey(text: string): PublicKeyCheck {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  // PEM private keys (RFC 7468 labels, incl. OpenSSH's "OPENSSH PRIVATE KEY") and PuTTY's .ppk files.
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----|^PuTTY-User-Key-File-\d+:/m.test(trimmed)) {
    return { ok: false, reason: 'private-key' };
  }
  // RFC 4716 "SSH2 PUBLIC KEY" (PuTTYgen's export) and PEM public keys or certificates (RFC 7468).
  if (/^---- BEGIN SSH2 PUBLIC KEY ----/m.test(trimmed)) {
    return { ok: false, reason: 'not-openssh-format', detail: { format: 'rfc4716' } };
  }
  if (/^-----BEGIN [A-Z0-9 ]+-----/m.test(trimmed)) {
    return { ok: false, reason: 'not-openssh-format', detail: { format: 'pem' } };
  }
  // OpenSSH's public key file holds one key per line (sshd(8) AUTHORIZED_KEYS FILE FORMAT); an import takes one.
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > 1) return { ok: false, reason: 'several-keys', detail: { lines: lines.length } };

  // "keytype base64-encoded-key comment", fields separated by whitespace (sshd(8) AUTHORIZED_KEYS FILE FORMAT).
  const [first = '', body, ...commentWords] = trimmed.split(/\s+/);
  const type = PUBLIC_KEY_TYPES.find((known) => known === first);
  if (!type) {
    // Every blob starts with a uint32 length under 2^24, which base64 renders as "AAAA" (RFC 4253 §6.6).
    if (/^AAAA[A-Za-z0-9+/]*={0,2}$/.test(first)) return { ok: false, reason: 'missing-type' };
    return { ok: false, reason: 'unknown-type', detail: { found: shorten(first), family: familyOf(first) } };
  }
  if (!body) return { ok: false, reason: 'missing-body' };
  const blob = decodeBase64(body);
  if (!blob) return { ok: false, reason: 'bad-base64' };

  const problem = checkBlob(type, blob);
  if (problem) return problem;
  const comment = commentWords.join(' ');
  return comment
    ? { ok: true, type, comment, normalized: `${type} ${body} ${comment}` }
    : { ok: true, type, normalized: `${type} ${body}` };
}

function checkBlob(type: PublicKeyType, blob: Uint8Array): PublicKeyCheckFailure | undefined {
  const reader = new BlobReader(blob);
  // The blob begins with its own key type string, which must equal the line's (RFC 4253 §6.6).
  const blobType = reader.text();
  if (blobType === undefined) return { ok: false, reason: 'truncated' };
  if (blobType !== type) {
    // Key type names are short printable ASCII (RFC 4250 §4.6.1); anything else is not a key of another type.
    if (!/^[\x21-\x7e]{1,64}$/.test(blobType)) return { ok: false, reason: 'malformed' };
    return { ok: false, reason: 'type-mismatch', detail: { lineType: type, blobType } };
  }
  const problem =
    type === 'ssh-rsa' ? checkRsa(reader) : type === 'ssh-ed25519' ? checkEd25519(reader) : checkEcdsa(type, reader);
  if (problem) return problem;
  // OpenSSH and Python's cryptography both refuse bytes after the last field.
  return reader.atEnd() ? undefined : { ok: false, reason: 'malformed' };
}

// "ssh-rsa": mpint e, mpint n (RFC 4253 §6.6); an mpint with its top bit set is negative (RFC 4251 §5).
function checkRsa(reader: BlobReader): PublicKeyCheckFailure | undefined {
  const exponent = reader.bytes();
  const modulus = reader.bytes();
  if (!exponent || !modulus) return { ok: false, reason: 'truncated' };
  if (isNegativeOrZero(exponent) || isNegativeOrZero(modulus)) return { ok: false, reason: 'malformed' };
  const bits = bitLength(modulus);
  if (bits < MIN_RSA_BITS) return { ok: false, reason: 'rsa-too-short', detail: { bits, minBits: MIN_RSA_BITS } };
  return undefined;
}

// "ssh-ed25519": string key, exactly 32 bytes (RFC 8709 §4).
function checkEd25519(reader: BlobReader): PublicKeyCheckFailure | undefined {
  const key = reader.bytes();
  if (!key) return { ok: false, reason: 'truncated' };
  return key.length === 32 ? undefined : { ok: false, reason: 'malformed' };
}

const EC_CURVES = {
  'ecdsa-sha2-nistp256': { curve: 'nistp256', coordinateBytes: 32 },
  'ecdsa-sha2-nistp384': { curve: 'nistp384', coordinateBytes: 48 },
  'ecdsa-sha2-nistp521': { curve: 'nistp521', coordinateBytes: 66 },
} as const;

// "ecdsa-sha2-<curve>": string <curve>, string Q (RFC 5656 §3.1); Q uncompressed (0x04, X, Y) as OpenSSH writes it.
function checkEcdsa(type: keyof typeof EC_CURVES, reader: BlobReader): PublicKeyCheckFailure | undefined {
  const curve = reader.text();
  const point = reader.bytes();
  if (curve === undefined || !point) return { ok: false, reason: 'truncated' };
  const expected = EC_CURVES[type];
  const wellFormed =
    curve === expected.curve && point.length === 1 + 2 * expected.coordinateBytes && point[0] === 0x04;
  return wellFormed ? undefined : { ok: false, reason: 'malformed' };
}

/** Reads uint32-length-prefixed strings (RFC 4251 §5); undefined when the blob ends too soon. */
class BlobReader {
  private at = 0;
  constructor(private readonly blob: Uint8Array) {}

  bytes(): Uint8Array | undefined {
    const header = this.blob.subarray(this.at, this.at + 4);
    if (header.length < 4) return undefined;
    const length = header.reduce((value, byte) => value * 256 + byte, 0);
    const start = this.at + 4;
    if (start + length > this.blob.length) return undefined;
    this.at = start + length;
    return this.blob.subarray(start, this.at);
  }

  text(): string | undefined {
    const bytes = this.bytes();
    return bytes && Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  }

  atEnd(): boolean {
    return this.at === this.blob.length;
  }
}

function isNegativeOrZero(mpint: Uint8Array): boolean {
  return ((mpint[0] ?? 0) & 0x80) !== 0 || mpint.every((byte) => byte === 0);
}

function bitLength(mpint: Uint8Array): number {
  const first = mpint.findIndex((byte) => byte !== 0);
  const top = mpint[first] ?? 0;
  return first < 0 ? 0 : (mpint.length - first - 1) * 8 + (32 - Math.clz32(top));
}

// Base64 as RFC 4648 §4 with its padding, which is how ssh-keygen writes the body.
function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

// Types the console does not accept, named as OpenSSH does: "ssh-dss" (DSA, off by default since OpenSSH 7.0),
// "sk-*@openssh.com" (FIDO security keys, PROTOCOL.u2f) and "*-cert-v01@openssh.com" (PROTOCOL.certkeys).
function familyOf(type: string): ProblemDetails['unknown-type']['family'] {
  if (type === 'ssh-dss') return 'dsa';
  if (type.startsWith('sk-')) return 'security-key';
  if (type.includes('-cert-v0')) return 'certificate';
  return 'other';
}

function shorten(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
