import type { Server } from '../../api/schemas/server';
import { listServersDetail } from '../../api/servers';
import { createdNamesFilter, isNameOfRequest } from '../../domain/create-rules';

/** Clocks of browser and cloud differ; the name and the servers known before keep the search exact anyway. */
export const CHANGES_SINCE_MARGIN_MS = 10 * 60_000;

/** `YYYY-MM-DDThh:mm:ssZ`, the form the spec gives for changes-since. */
export function changesSince(time: number): string {
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

export interface CreatedLookup {
  name: string;
  count: number;
  submittedAt: number;
  /** Ids that already had these names before the submit: they are not this request's. */
  knownIds: ReadonlySet<string>;
}

/**
 * After a timeout or a dropped connection the POST may still have been applied, and its answer (with the reservation
 * id, the one exact filter) is what was lost. Look for servers with the request's name(s), with and without the
 * hyphen that upstream Nova puts before the number and NHN Cloud leaves out, changed since the submit
 * (changes-since also lists deleted ones; those do not count).
 */
export async function findCreatedServers(lookup: CreatedLookup, signal?: AbortSignal): Promise<Server[]> {
  const page = await listServersDetail(
    { name: createdNamesFilter(lookup.name, lookup.count), 'changes-since': changesSince(lookup.submittedAt - CHANGES_SINCE_MARGIN_MS) },
    signal,
  );
  const earliest = lookup.submittedAt - CHANGES_SINCE_MARGIN_MS;
  return page.items.filter((server) => {
    const created = Date.parse(server.created ?? '');
    // An older server of that name that merely changed lately is not this request's.
    if (!isNameOfRequest(server.name, lookup.name, lookup.count)) return false;
    return server.status !== 'DELETED' && !lookup.knownIds.has(server.id) && !(created < earliest);
  });
}
