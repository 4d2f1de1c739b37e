/**
 * POST /servers, first pass: the body's shape, checked field by field with Nova's schema messages
 * (nova/api/openstack/compute/schemas/servers.py). Whether referenced things exist is create-resolve.ts.
 */
import { badRequest, forbidden } from '../http/faults';
import {
  checkName,
  invalidField,
  isRecord,
  isUuidLike,
  messages,
  parseBooleanLike,
  parseIntegerLike,
  requireBodyObject,
} from '../http/validate';
import { parseBlockDevices, type BlockDeviceRequest } from './create-parse-bdm';

export interface NetworkRequest {
  uuid?: string;
  subnet?: string;
  port?: string;
  fixedIp?: string;
}

export interface CreateRequest {
  name: string;
  flavorRef: string;
  imageRef: string;
  keyName: string;
  networks: NetworkRequest[] | null;
  availabilityZone: string | null;
  minCount: number;
  maxCount: number;
  returnReservationId: boolean;
  metadata: Record<string, string>;
  securityGroups: string[];
  blockDevices: BlockDeviceRequest[] | null;
}

export const MAX_INSTANCES_PER_REQUEST = 10;
const METADATA_KEY = /^[a-zA-Z0-9-_:. ]{1,255}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function optionalString(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidField(field, value, messages.type(value, 'string'));
  return value;
}

function notValidUnderAny(field: string, value: unknown) {
  return invalidField(field, value, messages.notValidUnderAny(value));
}

function parseNetworks(value: unknown): NetworkRequest[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) throw invalidField('networks', value, messages.type(value, 'array'));
  return value.map((entry: unknown) => {
    if (!isRecord(entry)) throw invalidField('networks', entry, messages.type(entry, 'object'));
    const port = entry.port === null ? undefined : entry.port;
    if (port !== undefined && (typeof port !== 'string' || !isUuidLike(port))) throw notValidUnderAny('port', port);
    const fixedIp = optionalString('fixed_ip', entry.fixed_ip);
    if (fixedIp !== undefined && !IPV4.test(fixedIp)) throw notValidUnderAny('fixed_ip', fixedIp);
    const uuid = optionalString('uuid', entry.uuid);
    const subnet = optionalString('subnet', entry.subnet);
    // Nova keeps a port's own address: a fixed IP beside it is refused (servers.py _get_requested_networks).
    if (port && fixedIp !== undefined) {
      throw badRequest(`Specified Fixed IP '${fixedIp}' cannot be used with port '${port}': the two cannot be specified together.`);
    }
    // Nova's two messages: no uuid at all (a fixed IP alone too), or one that is not a UUID.
    if (!port && !subnet && uuid === undefined) throw badRequest("Bad network format: missing 'uuid'");
    if (uuid !== undefined && !isUuidLike(uuid)) throw badRequest(`Bad networks format: network uuid is not in proper format (${uuid})`);
    return { uuid, subnet, port, fixedIp };
  });
}

function parseUserData(value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') throw invalidField('user_data', value, messages.type(value, 'string'));
  if (value.length > 65535) throw invalidField('user_data', value, messages.tooLong(value));
  const compact = value.replace(/\s/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw invalidField('user_data', value, messages.format(value, 'base64'));
  }
}

export function parseMetadata(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw invalidField('metadata', value, messages.type(value, 'object'));
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!METADATA_KEY.test(key)) throw invalidField('metadata', value, messages.additional(key));
    if (typeof item !== 'string') throw invalidField(key, item, messages.type(item, 'string'));
    if (item.length > 255) throw invalidField(key, item, messages.tooLong(item));
    out[key] = item;
  }
  // Nova counts metadata items against a quota: 403, not 400.
  if (Object.keys(out).length > 128) throw forbidden('Maximum number of metadata items exceeds 128');
  return out;
}

function parseSecurityGroups(value: unknown): string[] {
  if (value === undefined) return ['default'];
  if (!Array.isArray(value)) throw invalidField('security_groups', value, messages.type(value, 'array'));
  const names = value.map((entry: unknown) => {
    if (!isRecord(entry)) throw invalidField('security_groups', entry, messages.type(entry, 'object'));
    if (typeof entry.name !== 'string') throw invalidField('name', entry.name, messages.type(entry.name, 'string'));
    if (entry.name.length === 0) throw invalidField('name', entry.name, messages.tooShort(entry.name));
    return entry.name;
  });
  return names.length > 0 ? [...new Set(names)] : ['default'];
}

function parseCount(server: Record<string, unknown>, field: 'min_count' | 'max_count', fallback: number): number {
  const value = server[field];
  if (value === undefined) return fallback;
  return parseIntegerLike(field, value, 1, MAX_INSTANCES_PER_REQUEST);
}

export function parseCreateRequest(body: unknown): CreateRequest {
  const server = requireBodyObject(body, 'server');
  const require = (key: string) => {
    if (server[key] === undefined) throw invalidField('server', server, messages.required(key));
    return server[key];
  };
  const name = checkName('name', require('name'));
  const flavorValue = require('flavorRef');
  if ((typeof flavorValue !== 'string' && typeof flavorValue !== 'number') || flavorValue === '') {
    throw invalidField('flavorRef', flavorValue, messages.type(flavorValue, 'string', 'integer'));
  }
  const imageRef = optionalString('imageRef', server.imageRef) ?? '';
  if (imageRef !== '' && !isUuidLike(imageRef)) throw notValidUnderAny('imageRef', imageRef);
  // The NHN guide marks key_name as required ("O"), unlike Nova.
  const keyName = require('key_name');
  if (typeof keyName !== 'string') throw invalidField('key_name', keyName, messages.type(keyName, 'string'));
  const availabilityZone = optionalString('availability_zone', server.availability_zone) || null;
  const minCount = parseCount(server, 'min_count', 1);
  const maxCount = parseCount(server, 'max_count', minCount);
  const rawReservation = server.return_reservation_id;
  if (rawReservation !== undefined) parseBooleanLike('return_reservation_id', rawReservation);
  parseUserData(server.user_data);
  return {
    name,
    flavorRef: String(flavorValue),
    imageRef,
    keyName,
    networks: parseNetworks(server.networks),
    availabilityZone,
    minCount,
    maxCount,
    // Nova tests the raw value for truth: the string "False" asks for a reservation id too.
    returnReservationId: Boolean(rawReservation) && rawReservation !== 0,
    metadata: parseMetadata(server.metadata),
    securityGroups: parseSecurityGroups(server.security_groups),
    blockDevices: parseBlockDevices(server.block_device_mapping_v2),
  };
}
