/**
 * A seeded PRNG (mulberry32) whose whole state is one integer kept inside the simulated cloud's state,
 * so ids, IPs and MAC addresses are the same after every reset and continue the same after a restore.
 */
export interface RandomSource {
  rng: number;
}

export function nextUint32(source: RandomSource): number {
  let t = (source.rng = (source.rng + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** A float in [0, 1). */
export function nextFloat(source: RandomSource): number {
  return nextUint32(source) / 0x1_0000_0000;
}

export function nextInt(source: RandomSource, maxExclusive: number): number {
  return Math.floor(nextFloat(source) * maxExclusive);
}

export function pick<T>(source: RandomSource, items: readonly T[]): T {
  const item = items[nextInt(source, items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function hexString(source: RandomSource, length: number): string {
  let out = '';
  while (out.length < length) out += nextUint32(source).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** An RFC 4122 version 4 UUID drawn from the seeded source. */
export function uuid(source: RandomSource): string {
  const hex = hexString(source, 32).split('');
  hex[12] = '4';
  hex[16] = '89ab'[parseInt(hex[16] ?? '0', 16) & 3] ?? '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PASSWORD_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export function randomString(source: RandomSource, length: number, alphabet = ALPHANUMERIC): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[nextInt(source, alphabet.length)];
  return out;
}

/** Nova's reservation ids: `r-` plus 8 characters of [0-9a-z]. */
export function reservationId(source: RandomSource): string {
  return `r-${randomString(source, 8)}`;
}

export function adminPassword(source: RandomSource): string {
  return randomString(source, 12, PASSWORD_CHARS);
}

/** Neutron's default base MAC is fa:16:3e. */
export function macAddress(source: RandomSource): string {
  const bytes = hexString(source, 6).match(/../g) ?? [];
  return ['fa', '16', '3e', ...bytes].join(':');
}

/** A stateless UUID for request ids: they must not consume the state's sequence. */
export function uuidFromCounter(counter: number): string {
  return uuid({ rng: (counter * 2654435761) ^ 0x51ed27 });
}
