/** The shape of `block_device_mapping_v2` entries (Nova's block_device_mapping_new_item schema plus NHN's nhn_encryption). */
import { invalidField, isRecord, messages, parseBooleanLike, parseIntegerLike } from '../http/validate';

export interface BlockDeviceRequest {
  sourceType: 'image' | 'volume' | 'snapshot' | 'blank';
  destinationType: 'local' | 'volume';
  uuid: string | null;
  bootIndex: number | null;
  volumeSize: number | null;
  volumeType: string | null;
  deleteOnTermination: boolean;
  encryption: { skmAppkey?: string; skmKeyId?: string } | null;
}

const SOURCE_TYPES = ['volume', 'image', 'snapshot', 'blank'] as const;
const DESTINATION_TYPES = ['local', 'volume'] as const;

/** Both types are required by the NHN guide ("O"); Nova itself would guess. */
function oneOf<T extends string>(entry: Record<string, unknown>, field: string, options: readonly T[]): T {
  const value = entry[field];
  if (value === undefined) throw invalidField('block_device_mapping_v2', entry, messages.required(field));
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw invalidField(field, value, messages.enumeration(value, [...options]));
  }
  return value as T;
}

function parseBootIndex(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) return Number(value);
  throw invalidField('boot_index', value, messages.pattern(value, '^-?[0-9]+$'));
}

function parseEncryption(value: unknown): BlockDeviceRequest['encryption'] {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) throw invalidField('nhn_encryption', value, messages.type(value, 'object'));
  const field = (key: string) => {
    const item = value[key];
    if (item === undefined || item === null) return undefined;
    if (typeof item !== 'string') throw invalidField(key, item, messages.type(item, 'string'));
    return item;
  };
  return { skmAppkey: field('skm_appkey'), skmKeyId: field('skm_key_id') };
}

export function parseBlockDevices(value: unknown): BlockDeviceRequest[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) throw invalidField('block_device_mapping_v2', value, messages.type(value, 'array'));
  return value.map((entry: unknown): BlockDeviceRequest => {
    if (!isRecord(entry)) throw invalidField('block_device_mapping_v2', entry, messages.type(entry, 'object'));
    const uuid = entry.uuid;
    if (uuid !== undefined && uuid !== null && (typeof uuid !== 'string' || !/^[a-zA-Z0-9._-]*$/.test(uuid))) {
      throw invalidField('uuid', uuid, typeof uuid === 'string' ? messages.pattern(uuid, '^[a-zA-Z0-9._-]*$') : messages.type(uuid, 'string'));
    }
    const volumeType = entry.volume_type;
    if (volumeType !== undefined && volumeType !== null && typeof volumeType !== 'string') {
      throw invalidField('volume_type', volumeType, messages.type(volumeType, 'string', 'null'));
    }
    return {
      sourceType: oneOf(entry, 'source_type', SOURCE_TYPES),
      destinationType: oneOf(entry, 'destination_type', DESTINATION_TYPES),
      uuid: typeof uuid === 'string' && uuid !== '' ? uuid : null,
      bootIndex: parseBootIndex(entry.boot_index),
      volumeSize: entry.volume_size === undefined || entry.volume_size === null ? null : parseIntegerLike('volume_size', entry.volume_size, 1),
      volumeType: typeof volumeType === 'string' ? volumeType : null,
      deleteOnTermination: entry.delete_on_termination === undefined ? false : parseBooleanLike('delete_on_termination', entry.delete_on_termination),
      encryption: parseEncryption(entry.nhn_encryption),
    };
  });
}
