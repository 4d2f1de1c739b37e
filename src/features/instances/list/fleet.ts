import type { Server } from '../../../api/schemas/server';
import { adoptUnchanged, type ChangeSet, mergeChanges } from './fleet-merge';

/** The loaded fleet, as kept in the query cache under `serverKeys.fleet(filters)`. */
export interface Fleet {
  /** In the API's order (newest first). */
  servers: Server[];
  /** False while the first load still pages (the rows shown are a part). */
  complete: boolean;
  /** The last server loaded, to resume an interrupted first load. */
  resumeMarker: string | null;
  /** `changes-since` for the next poll: a server time, so no clock sync is needed; null until one is known. */
  cursor: string | null;
  /**
   * With narrowing filters: the unfiltered changes last seen (those at the cursor's second come back every time,
   * `changes-since` being >=). The same answer again means nothing changed, and the filtered request is skipped.
   */
  lastChanges: Server[];
  /** Date.now() when the last full load ended. */
  fullSyncAt: number;
  /** Set by Refresh: the next sync reloads every page. */
  fullSyncDue: boolean;
  /** Date.now() when the rows last matched the cloud (a full load ended, or a poll answered); 0 before. */
  syncedAt: number;
  /** While a full reload runs behind the rows shown: how many servers it has so far. */
  resyncLoaded: number | null;
  /**
   * The last full load stopped at a page that held only servers already loaded: the cloud ignores `marker`, so the
   * servers after those may be missing. Said on the page instead of asking for the same page forever.
   */
  pageRepeated: boolean;
}

export const EMPTY_FLEET: Fleet = {
  servers: [],
  complete: false,
  resumeMarker: null,
  cursor: null,
  lastChanges: [],
  fullSyncAt: 0,
  fullSyncDue: false,
  syncedAt: 0,
  resyncLoaded: null,
  pageRepeated: false,
};

/** One answer of a sync, in the order the sync gets them; `applyFleetStep` folds each into the cached fleet. */
export type FleetStep =
  /** A first load's servers so far (every page up to this one): the rows show them at once. */
  | { type: 'page'; servers: Server[]; cursor: string | null; resumeMarker: string | null }
  /** A reload behind the rows shown: how many servers it has so far. */
  | { type: 'reloading'; loaded: number }
  /** Every page loaded: the complete list replaces the rows. */
  | { type: 'loaded'; servers: Server[]; cursor: string | null; pageRepeated: boolean; at: number }
  /** What `changes-since` answered; null: the same changes as last time, nothing to apply. */
  | { type: 'changes'; changes: ChangeSet | null; cursor: string; lastChanges: Server[]; at: number };

/** The fleet after one step of a sync. Pure: unchanged servers keep their objects, an unchanged list its array. */
export function applyFleetStep(fleet: Fleet, step: FleetStep): Fleet {
  switch (step.type) {
    case 'page':
      return { ...EMPTY_FLEET, servers: step.servers, cursor: step.cursor, resumeMarker: step.resumeMarker };
    case 'reloading':
      return { ...fleet, resyncLoaded: step.loaded };
    case 'loaded':
      return {
        ...EMPTY_FLEET,
        servers: adoptUnchanged(fleet.servers, step.servers),
        complete: true,
        cursor: step.cursor,
        fullSyncAt: step.at,
        syncedAt: step.at,
        pageRepeated: step.pageRepeated,
      };
    case 'changes':
      return {
        ...fleet,
        servers: step.changes ? mergeChanges(fleet.servers, step.changes).servers : fleet.servers,
        cursor: step.cursor,
        lastChanges: step.lastChanges,
        syncedAt: step.at,
      };
  }
}

/** Refresh: the next sync reloads every page (the rows stay on screen meanwhile). */
export function requestFullSync(fleet: Fleet | undefined): Fleet | undefined {
  return fleet && { ...fleet, fullSyncDue: true };
}
