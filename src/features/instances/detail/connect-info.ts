import type { Server } from '../../../api/schemas/server';
import { hasHiddenCharacters } from '../../../lib/hidden-characters';
import { shellCommand } from '../../../lib/shell-quote';
import { type ImageFacts, ipsOf, loginUserOf, osTypeOf } from '../server-facts';

export type ConnectField = 'ip' | 'key' | 'user';

export interface ConnectInfo {
  os: 'linux' | 'windows';
  /** The floating IP when there is one (reachable from outside), else the first fixed IP. */
  ip: string | null;
  ipKind: 'floating' | 'fixed' | null;
  user: string | null;
  keyName: string | null;
  /**
   * Linux: `ssh -i <key>.pem <user>@<ip>`, every value quoted for the shell, with `<...>` placeholders for what is
   * missing; null when a value it needs is refused.
   */
  sshCommand: string | null;
  /** Linux: the private key file must not be readable by others, or ssh refuses it. */
  chmodCommand: string | null;
  /** What is missing to connect: said in words, and shown as a placeholder in the command. */
  missing: ConnectField[];
  /**
   * Values that hold hidden characters (a newline, an escape, a bidi control): no command is built from them, as no
   * quoting shows them on one line, and a newline in a pasted command would run what follows it.
   */
  refused: ConnectField[];
}

/**
 * How to log in to an instance, from what the API shows: its IPs, key pair, and the image's login user (from the
 * server's metadata, else from `image`, the image's own record).
 */
export function connectInfo(server: Server, image?: ImageFacts): ConnectInfo {
  const os = osTypeOf(server, image);
  const { floating, fixed } = ipsOf(server);
  const ip = floating[0] ?? fixed[0] ?? null;
  const ipKind = floating[0] ? 'floating' : fixed[0] ? 'fixed' : null;
  const user = loginUserOf(server, image);
  const keyName = server.key_name;
  const missing: ConnectField[] = [];
  if (!ip) missing.push('ip');
  if (!keyName) missing.push('key');
  if (!user) missing.push('user');
  const values: Record<ConnectField, string | null> = { ip, key: keyName, user };
  const refused = (['ip', 'key', 'user'] as const).filter((field) => hasHiddenCharacters(values[field] ?? ''));
  const keyFile = keyName ? `${keyName}.pem` : '<private-key>.pem';
  // user@host as one operand: ssh reads it after `--` when it starts with a dash (see shellCommand).
  const sshCommand = refused.length > 0 ? null : shellCommand(['ssh', '-i', keyFile], [`${user ?? '<user>'}@${ip ?? '<ip>'}`]);
  const chmodCommand = keyName && !refused.includes('key') ? shellCommand(['chmod', '400'], [keyFile]) : null;
  return { os, ip, ipKind, user, keyName, sshCommand, chmodCommand, missing, refused };
}
