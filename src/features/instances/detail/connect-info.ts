import type { Server } from '../../../api/schemas/server';
import { type ImageFacts, ipsOf, loginUserOf, osTypeOf } from '../server-fields';

export type ConnectMissing = 'ip' | 'key' | 'user';

export interface ConnectInfo {
  os: 'linux' | 'windows';
  /** The floating IP when there is one (reachable from outside), else the first fixed IP. */
  ip: string | null;
  ipKind: 'floating' | 'fixed' | null;
  user: string | null;
  keyName: string | null;
  /** Linux: `ssh -i <key>.pem <user>@<ip>`, with `<...>` placeholders for what is missing. */
  sshCommand: string;
  /** Linux: the private key file must not be readable by others, or ssh refuses it. */
  chmodCommand: string | null;
  /** What is missing to connect: said in words, and shown as a placeholder in the command. */
  missing: ConnectMissing[];
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
  const missing: ConnectMissing[] = [];
  if (!ip) missing.push('ip');
  if (!keyName) missing.push('key');
  if (!user) missing.push('user');
  const keyFile = keyName ? `${keyName}.pem` : '<private-key>.pem';
  const sshCommand = `ssh -i ${quote(keyFile)} ${user ?? '<user>'}@${ip ?? '<ip>'}`;
  return { os, ip, ipKind, user, keyName, sshCommand, chmodCommand: keyName ? `chmod 400 ${quote(keyFile)}` : null, missing };
}

/** Key pair names may hold spaces (Nova allows `[A-Za-z0-9_ -]`): quote the file name for the shell then. */
function quote(file: string): string {
  return /^[\w.<>-]+$/.test(file) ? file : `'${file}'`;
}
