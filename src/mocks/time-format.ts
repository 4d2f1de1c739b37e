/** The timestamp formats of the services, kept apart because clients parse each one differently. */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function datePart(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function timePart(d: Date): string {
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Nova `created`/`updated`, Keystone `expires`, Glance `created_at`: `YYYY-MM-DDThh:mm:ssZ`. */
export function isoSeconds(ms: number): string {
  const d = new Date(ms);
  return `${datePart(d)}T${timePart(d)}Z`;
}

/** Nova `launched_at`/`terminated_at`, keypair and Cinder `created_at`: zone-less with microseconds. */
export function zonelessMicros(ms: number): string {
  const d = new Date(ms);
  return `${datePart(d)}T${timePart(d)}.${pad(d.getUTCMilliseconds(), 3)}000`;
}

/** NHN VPC `create_time`: `YYYY-MM-DD hh:mm:ss`, UTC without a zone. */
export function nhnSpaceSeconds(ms: number): string {
  const d = new Date(ms);
  return `${datePart(d)} ${timePart(d)}`;
}

const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an ISO 8601 timestamp as Nova's `changes-since` does (iso8601.parse_date): a value without a zone
 * is UTC. Returns null when the value does not parse.
 */
export function parseIsoTimestamp(value: string): number | null {
  const m = ISO_8601.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  if (!zone || zone.toUpperCase() === 'Z') return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0');
  return ms - sign * offsetMinutes * 60_000;
}
