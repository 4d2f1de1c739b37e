/**
 * The simulated cloud's SSH key crypto: what Nova does when it generates or imports a key pair
 * (nova/crypto.py, which leans on the `cryptography` package), with WebCrypto only so it runs in browsers and Node.
 * The console has its own checker (src/domain/ssh-public-key.ts); nothing is shared on purpose.
 */

/** Bytes backed by a plain ArrayBuffer, which is what WebCrypto's BufferSource takes. */
type Bytes = Uint8Array<ArrayBuffer>;

export class InvalidPublicKeyError extends Error {
  override name = 'InvalidPublicKeyError';
}

export interface GeneratedKeyPair {
  /** PKCS#1 PEM, as Nova returns it. Never log it. */
  privateKeyPem: string;
  /** `ssh-rsa <base64> <comment>` */
  publicKey: string;
  /** `SHA256:<base64 without padding>`, as NHN Cloud shows it. */
  fingerprint: string;
}

// Nova generates RSA-2048 with e = 65537 (nova/crypto.py).
const RSA_KEY_GEN: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

export async function generateRsaKeyPair(comment = 'Generated-by-Nova'): Promise<GeneratedKeyPair> {
  const { privateKey } = await crypto.subtle.generateKey(RSA_KEY_GEN, true, ['sign', 'verify']);
  const pkcs1 = pkcs1FromPkcs8(new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey)));
  // RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent, ... } (RFC 8017 A.1.2)
  const [, modulus, exponent] = sequenceItems(readTlv(pkcs1, 0));
  if (!modulus || !exponent) throw new Error('PKCS#1 key without modulus or exponent');
  // "ssh-rsa" public key blob: string "ssh-rsa", mpint e, mpint n (RFC 4253 §6.6)
  const blob = concat(sshString(ascii('ssh-rsa')), sshMpint(exponent.content), sshMpint(modulus.content));
  const body = toBase64(blob);
  return {
    privateKeyPem: pem('RSA PRIVATE KEY', pkcs1),
    publicKey: comment ? `ssh-rsa ${body} ${comment}` : `ssh-rsa ${body}`,
    fingerprint: await sha256Fingerprint(blob),
  };
}

/**
 * The SHA256 fingerprint of an imported `type base64 [comment]` line, after checking it the way Nova does;
 * throws InvalidPublicKeyError where Nova answers "Keypair data is invalid: failed to generate fingerprint".
 */
export async function fingerprintOfPublicKey(openssh: string): Promise<string> {
  // Nova (nova/crypto.py generate_fingerprint) parses with cryptography's load_ssh_public_key, which matches
  // \A(\S+)[ \t]+(\S+): no leading whitespace; then it decodes public_key.split(' ')[1], so one plain space
  // must follow the type. Trailing whitespace is harmless. Stricter than Nova, which skips them: a second line,
  // and characters outside base64 in the body, are refused.
  const match = /^(\S+) (\S+)(?: .*)?$/.exec(openssh.trimEnd());
  if (!match) throw new InvalidPublicKeyError('not a "type base64 [comment]" line');
  const [, type = '', body = ''] = match;
  const checkRest = BLOB_RULES.get(type);
  if (!checkRest) throw new InvalidPublicKeyError('unsupported key type');
  const blob = fromBase64(body);
  const reader = new WireReader(blob);
  if (reader.text() !== type) throw new InvalidPublicKeyError('key type mismatch');
  await checkRest(reader);
  if (!reader.atEnd()) throw new InvalidPublicKeyError('unexpected trailing data after key');
  return sha256Fingerprint(blob);
}

type BlobRule = (reader: WireReader) => void | Promise<void>;

const EC_CURVES = [
  ['nistp256', 'P-256', 32],
  ['nistp384', 'P-384', 48],
  ['nistp521', 'P-521', 66],
] as const;

const BLOB_RULES = new Map<string, BlobRule>([
  // string "ssh-rsa", mpint e, mpint n (RFC 4253 §6.6); e odd and 3 <= e < n as cryptography's RSAPublicNumbers.
  // The 1024-bit floor is OpenSSH's (SSH_RSA_MINIMUM_MODULUS_SIZE): cryptography has none, so Nova may take less.
  ['ssh-rsa', (reader) => {
    const e = reader.mpint();
    const n = reader.mpint();
    if (e < 3n || e % 2n === 0n || e >= n) throw new InvalidPublicKeyError('bad RSA exponent');
    if (n.toString(2).length < 1024) throw new InvalidPublicKeyError('RSA modulus below 1024 bits');
  }],
  // string "ssh-ed25519", string key of 32 bytes (RFC 8709 §4)
  ['ssh-ed25519', (reader) => {
    if (reader.bytes().length !== 32) throw new InvalidPublicKeyError('Ed25519 key is not 32 bytes');
  }],
  // string "ecdsa-sha2-<curve>", string <curve>, string Q, an uncompressed point on that curve (RFC 5656 §3.1)
  ...EC_CURVES.map(([sshName, namedCurve, coordinateBytes]): [string, BlobRule] => [
    `ecdsa-sha2-${sshName}`,
    async (reader) => {
      if (reader.text() !== sshName) throw new InvalidPublicKeyError('curve does not match the key type');
      const point = reader.bytes();
      if (point.length !== 1 + 2 * coordinateBytes || point[0] !== 0x04) {
        throw new InvalidPublicKeyError('EC point is not uncompressed');
      }
      // importKey refuses points that are not on the curve, as cryptography does.
      await crypto.subtle
        .importKey('raw', point, { name: 'ECDSA', namedCurve }, true, ['verify'])
        .catch(() => { throw new InvalidPublicKeyError('EC point is not on the curve'); });
    },
  ]),
]);

/** Reads the SSH wire encoding (RFC 4251 §5): uint32-length-prefixed strings and mpints. */
class WireReader {
  private at = 0;
  constructor(private readonly blob: Bytes) {}

  bytes(): Bytes {
    if (this.at + 4 > this.blob.length) throw new InvalidPublicKeyError('key blob is truncated');
    const length = new DataView(this.blob.buffer, this.blob.byteOffset + this.at, 4).getUint32(0);
    const start = this.at + 4;
    if (start + length > this.blob.length) throw new InvalidPublicKeyError('key blob is truncated');
    this.at = start + length;
    return this.blob.subarray(start, this.at);
  }

  text(): string {
    return Array.from(this.bytes(), (byte) => String.fromCharCode(byte)).join('');
  }

  /** A non-negative mpint; leading zero bytes are tolerated, as OpenSSH's sshbuf_get_bignum2 does. */
  mpint(): bigint {
    const bytes = this.bytes();
    if ((bytes[0] ?? 0) & 0x80) throw new InvalidPublicKeyError('negative integer in key blob');
    return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
  }

  atEnd(): boolean {
    return this.at === this.blob.length;
  }
}

// ---- DER: just enough to unwrap WebCrypto's PKCS#8 export (X.690, definite lengths only) ----

const SEQUENCE = 0x30;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;
const RSA_ENCRYPTION_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]; // 1.2.840.113549.1.1.1

interface Tlv {
  tag: number;
  content: Bytes;
  /** Offset just past this element in the buffer it was read from. */
  end: number;
}

function readTlv(der: Bytes, at: number): Tlv {
  const tag = der[at];
  let length = der[at + 1];
  let pos = at + 2;
  if (tag === undefined || length === undefined) throw new Error('DER: truncated');
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || pos + count > der.length) throw new Error('DER: unsupported length');
    length = 0;
    for (const byte of der.subarray(pos, pos + count)) length = length * 256 + byte;
    pos += count;
  }
  if (pos + length > der.length) throw new Error('DER: truncated');
  return { tag, content: der.subarray(pos, pos + length), end: pos + length };
}

function sequenceItems(tlv: Tlv | undefined): Tlv[] {
  if (tlv?.tag !== SEQUENCE) throw new Error('DER: expected a SEQUENCE');
  const items: Tlv[] = [];
  for (let at = 0; at < tlv.content.length; ) {
    const item = readTlv(tlv.content, at);
    items.push(item);
    at = item.end;
  }
  return items;
}

// PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, ... } (RFC 5208 §5)
function pkcs1FromPkcs8(pkcs8: Bytes): Bytes {
  const [, algorithm, privateKey] = sequenceItems(readTlv(pkcs8, 0));
  const [oid] = sequenceItems(algorithm);
  if (oid?.tag !== OBJECT_IDENTIFIER || !sameBytes(oid.content, RSA_ENCRYPTION_OID)) {
    throw new Error('PKCS#8 key is not rsaEncryption');
  }
  if (privateKey?.tag !== OCTET_STRING) throw new Error('PKCS#8 key without privateKey');
  return privateKey.content;
}

// ---- encoding helpers ----

function sshString(bytes: Bytes): Bytes {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

// A DER INTEGER's content and an SSH mpint are both minimal two's complement; normalise anyway (RFC 4251 §5).
function sshMpint(derInteger: Bytes): Bytes {
  let start = 0;
  while (start < derInteger.length - 1 && derInteger[start] === 0) start++;
  const magnitude = derInteger.subarray(start);
  const needsZero = ((magnitude[0] ?? 0) & 0x80) !== 0;
  return sshString(needsZero ? concat(new Uint8Array([0]), magnitude) : magnitude);
}

async function sha256Fingerprint(blob: Bytes): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', blob));
  return `SHA256:${toBase64(digest).replace(/=+$/, '')}`;
}

function pem(label: string, der: Bytes): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function toBase64(bytes: Bytes): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Bytes {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    throw new InvalidPublicKeyError('key body is not base64');
  }
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function ascii(text: string): Bytes {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function concat(...parts: Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function sameBytes(a: Bytes, b: ArrayLike<number>): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
