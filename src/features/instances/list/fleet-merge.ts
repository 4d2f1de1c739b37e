import { replaceEqualDeep } from '@tanstack/react-query';
import type { Server } from '../../../api/schemas/server';
import { parseApiTime } from '../../../lib/time';

/** The later of two API timestamps (either may be missing); the original text is kept, it goes back to Nova as is. */
export function laterTime(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return (parseApiTime(b)?.getTime() ?? 0) > (parseApiTime(a)?.getTime() ?? 0) ? b : a;
}

/** The newest `updated` among `servers`. */
export function newestUpdated(servers: readonly Server[]): string | null {
  let newest: string | null = null;
  for (const server of servers) newest = laterTime(newest, server.updated);
  return newest;
}

/** The old object when nothing in it changed, so rows derived from it are not derived again. */
function keepIfSame(old: Server | undefined, next: Server): Server {
  return old === undefined ? next : replaceEqualDeep<Server>(old, next);
}

/** A complete list that replaces `previous`: unchanged servers keep their objects, and an unchanged list its array. */
export function adoptUnchanged(previous: readonly Server[] | undefined, next: Server[]): Server[] {
  if (!previous) return next;
  const byId = new Map(previous.map((server) => [server.id, server]));
  let same = previous.length === next.length;
  const adopted = next.map((server, index) => {
    const kept = keepIfSame(byId.get(server.id), server);
    if (kept !== previous[index]) same = false;
    return kept;
  });
  return same ? (previous as Server[]) : adopted;
}

export interface ChangeSet {
  /** What `changes-since` returned with the list's filters. */
  matching: readonly Server[];
  /** With narrowing filters: what it returned without them, so servers that stopped matching can leave. */
  everyChange: readonly Server[] | null;
  /** The list shows DELETED servers (the user filters on `changes-since` themselves). */
  keepDeleted: boolean;
}

export interface MergeResult {
  /** `previous` itself when nothing changed. */
  servers: Server[];
  /** Servers the API reports DELETED. */
  deleted: string[];
}

/** The servers a `changes-since` answer reports DELETED (the unfiltered answer's, when there is one). */
export function deletedIds({ matching, everyChange }: ChangeSet): string[] {
  return [...new Set((everyChange ?? matching).filter((server) => server.status === 'DELETED').map((server) => server.id))];
}

/**
 * Applies a `changes-since` answer to the list: changed servers replace theirs, new ones go first (the API lists the
 * newest first), DELETED ones leave, and so do servers that changed but no longer match the filters.
 */
export function mergeChanges(previous: Server[], { matching, everyChange, keepDeleted }: ChangeSet): MergeResult {
  const byId = new Map(previous.map((server) => [server.id, server]));
  const replaced = new Map<string, Server | null>();
  const fresh = new Map<string, Server>();
  const deleted = deletedIds({ matching, everyChange, keepDeleted });
  for (const server of matching) {
    const old = byId.get(server.id);
    if (server.status === 'DELETED' && !keepDeleted) {
      if (old) replaced.set(server.id, null);
    } else if (!old) {
      fresh.set(server.id, server);
    } else {
      const kept = keepIfSame(old, server);
      if (kept !== old) replaced.set(server.id, kept);
    }
  }
  if (everyChange) {
    const stillMatching = new Set(matching.map((server) => server.id));
    for (const server of everyChange) if (byId.has(server.id) && !stillMatching.has(server.id)) replaced.set(server.id, null);
  }
  if (fresh.size === 0 && replaced.size === 0) return { servers: previous, deleted };
  const servers = [...fresh.values()];
  for (const server of previous) {
    const next = replaced.has(server.id) ? replaced.get(server.id) : server;
    if (next) servers.push(next);
  }
  return { servers, deleted };
}
