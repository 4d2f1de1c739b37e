/**
 * Nova's request validation messages (nova/api/validation/validators.py): jsonschema's wording, wrapped as
 * `Invalid input for field/attribute <field>. Value: <value>. <message>`.
 */
import { badRequest, type SimFault } from './faults';

/** Python's repr, which jsonschema messages use. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return typeof value === 'bigint' ? value.toString() : typeof value;
}

/** `%s` of the offending value: a string prints bare, anything else as its repr. */
function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

export function invalidField(field: string, value: unknown, message: string): SimFault {
  return badRequest(`Invalid input for field/attribute ${field}. Value: ${pyStr(value)}. ${message}`);
}

export function invalidQuery(name: string, value: unknown, message: string): SimFault {
  return badRequest(`Invalid input for query parameters ${name}. Value: ${pyStr(value)}. ${message}`);
}

export const messages = {
  required: (property: string) => `'${property}' is a required property`,
  type: (value: unknown, ...types: string[]) => `${pyRepr(value)} is not of type ${types.map((t) => `'${t}'`).join(', ')}`,
  tooLong: (value: unknown) => `${pyRepr(value)} is too long`,
  tooShort: (value: unknown) => `${pyRepr(value)} is too short`,
  pattern: (value: unknown, pattern: string) => `${pyRepr(value)} does not match '${pattern}'`,
  format: (value: unknown, format: string) => `${pyRepr(value)} is not a '${format}'`,
  minimum: (value: unknown, min: number) => `${pyRepr(value)} is less than the minimum of ${min}`,
  maximum: (value: unknown, max: number) => `${pyRepr(value)} is greater than the maximum of ${max}`,
  enumeration: (value: unknown, options: unknown[]) => `${pyRepr(value)} is not one of ${pyRepr(options)}`,
  notValidUnderAny: (value: unknown) => `${pyRepr(value)} is not valid under any of the given schemas`,
  additional: (key: string) => `Additional properties are not allowed (${pyRepr(key)} was unexpected)`,
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The top-level object a body must be, e.g. `{"server": {...}}`. */
export function requireBodyObject(body: unknown, key: string): Record<string, unknown> {
  if (!isRecord(body)) throw badRequest(messages.type(body, 'object'));
  const inner = body[key];
  if (inner === undefined) throw badRequest(messages.required(key));
  if (!isRecord(inner)) throw invalidField(key, inner, messages.type(inner, 'object'));
  return inner;
}

/**
 * Nova's `name` parameter type: 1-255 printable characters, no leading or trailing whitespace.
 */
export function checkName(field: string, value: unknown, max = 255): string {
  if (typeof value !== 'string') throw invalidField(field, value, messages.type(value, 'string'));
  if (value.length === 0) throw invalidField(field, value, messages.tooShort(value));
  if (value.length > max) throw invalidField(field, value, messages.tooLong(value));
  if (value.trim() !== value || [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) {
    throw badRequest(`An invalid '${field}' value was provided. The name must be: printable characters. Can not start or end with whitespace.`);
  }
  return value;
}

/** An integer, or a string of digits (Nova accepts both for counts, sizes and boot indexes). */
export function parseIntegerLike(field: string, value: unknown, min: number, max?: number): number {
  let n: number;
  if (typeof value === 'number' && Number.isInteger(value)) n = value;
  else if (typeof value === 'string' && /^[0-9]+$/.test(value)) n = Number(value);
  else if (typeof value === 'string') throw invalidField(field, value, messages.pattern(value, '^[0-9]*$'));
  else throw invalidField(field, value, messages.type(value, 'integer', 'string'));
  if (n < min) throw invalidField(field, value, messages.minimum(value, min));
  if (max !== undefined && n > max) throw invalidField(field, value, messages.maximum(value, max));
  return n;
}

const TRUE_VALUES = new Set(['true', '1', 'on', 'yes', 'y', 't']);
const FALSE_VALUES = new Set(['false', '0', 'off', 'no', 'n', 'f']);

/** Nova's boolean parameter type: JSON booleans, 1/0 and the usual strings in any case. */
export function parseBooleanLike(field: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (TRUE_VALUES.has(lower)) return true;
    if (FALSE_VALUES.has(lower)) return false;
  }
  throw invalidField(field, value, messages.type(value, 'boolean', 'string'));
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function isUuidLike(value: string): boolean {
  return UUID.test(value);
}
