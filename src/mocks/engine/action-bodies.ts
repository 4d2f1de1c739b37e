/** The bodies of server actions, checked with Nova's schema messages before the server is even looked up. */
import { badRequest } from '../http/faults';
import { checkName, invalidField, isRecord, messages } from '../http/validate';
import { parseMetadata } from './create-parse';

const REBOOT_TYPES = ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft'];

function object(action: string, argument: unknown): Record<string, unknown> {
  if (!isRecord(argument)) throw invalidField(action, argument, messages.type(argument, 'object'));
  return argument;
}

function required(action: string, body: Record<string, unknown>, key: string): unknown {
  if (body[key] === undefined) throw invalidField(action, body, messages.required(key));
  return body[key];
}

/** Nova's enum lists three spellings of each type. */
export function parseRebootType(argument: unknown): 'HARD' | 'SOFT' {
  const type = required('reboot', object('reboot', argument), 'type');
  if (typeof type !== 'string' || !REBOOT_TYPES.includes(type)) throw invalidField('type', type, messages.enumeration(type, REBOOT_TYPES));
  return type.toUpperCase() === 'HARD' ? 'HARD' : 'SOFT';
}

export function parseResize(argument: unknown): string {
  const flavorRef = required('resize', object('resize', argument), 'flavorRef');
  if ((typeof flavorRef !== 'string' && typeof flavorRef !== 'number') || flavorRef === '') {
    throw invalidField('flavorRef', flavorRef, messages.type(flavorRef, 'string', 'integer'));
  }
  return String(flavorRef);
}

export function parseCreateImage(argument: unknown): { name: string; metadata: Record<string, string> } {
  const body = object('createImage', argument);
  const name = checkName('name', required('createImage', body, 'name'));
  return { name, metadata: parseMetadata(body.metadata) };
}

export function parseSecurityGroupName(argument: unknown, action: string): string {
  const name = required(action, object(action, argument), 'name');
  if (typeof name !== 'string') throw invalidField('name', name, messages.type(name, 'string'));
  if (name.trim() === '') throw badRequest('Security group name cannot be empty');
  return name;
}
