import { type CloudProfile, ruleApplies } from './cloud-profile';
import { isInTransition } from './server-status';

/*
 * When the console asks the API again, how often, and what for. The instance list and the instance page hand
 * React Query's `refetchInterval` what `decidePolling` answers; each poll of the list asks what `planListSync`
 * says. Besides these, React Query asks at once when the tab comes back into view (`refetchOnWindowFocus`).
 */

export const FAST_POLL_MS = 2_000;
export const SLOW_POLL_MS = 30_000;
/** Besides polling for changes, the list reloads every page this often: a safety net for whatever a delta could miss. */
export const FULL_RESYNC_MS = 5 * 60_000;

export interface PollingInput {
  /** The servers on screen: every server the list's API filters match, or the one server of its page. */
  servers: Iterable<{ status: string; taskState: string | null | undefined }>;
  /** Actions the user asked for whose effect the API does not show yet. */
  pendingActions: number;
  /** `document.visibilityState === 'visible'`. */
  visible: boolean;
  /**
   * `loaded`: there is an answer to keep fresh. `loading`: the list's first load still pages, or stopped part way
   * (Retry or Refresh goes on with it; a timer would only repeat the failure). `gone`: the server answered 404.
   */
  source: 'loaded' | 'loading' | 'gone';
  /** The session's cloud: whether a resize waiting for confirmation ends by itself (NHN) or by the user's answer. */
  profile: CloudProfile;
}

export type PollingDecision =
  | { mode: 'off'; intervalMs: false }
  | { mode: 'paused'; intervalMs: false }
  | { mode: 'fast'; intervalMs: number }
  | { mode: 'slow'; intervalMs: number };

/**
 * VERIFY_RESIZE with no task waits for the user's Confirm or Revert, which the console sees at once as a pending
 * action; only a cloud that confirms by itself (NHN) changes it without one.
 */
function waitsForTheUser(server: { status: string; taskState: string | null | undefined }, profile: CloudProfile): boolean {
  return server.status.toUpperCase() === 'VERIFY_RESIZE' && !server.taskState && !ruleApplies('automaticResizeConfirmation', profile);
}

function anyInTransition(servers: PollingInput['servers'], profile: CloudProfile): boolean {
  for (const server of servers) if (isInTransition(server) && !waitsForTheUser(server, profile)) return true;
  return false;
}

/**
 * How often to ask the API again: fast while anything shown is changing (a transitional status, a running task,
 * or an action the API has not reflected yet), slow when all is still, not at all while the tab is hidden, and
 * not at all while there is nothing to keep fresh.
 */
export function decidePolling({ servers, pendingActions, visible, source, profile }: PollingInput): PollingDecision {
  if (source !== 'loaded') return { mode: 'off', intervalMs: false };
  if (!visible) return { mode: 'paused', intervalMs: false };
  if (pendingActions > 0 || anyInTransition(servers, profile)) return { mode: 'fast', intervalMs: FAST_POLL_MS };
  return { mode: 'slow', intervalMs: SLOW_POLL_MS };
}

/** Where the list's sync stands, as its cached answer keeps it. */
export interface ListSyncState {
  /** Every page loaded. */
  complete: boolean;
  /** The last server an interrupted first load has (null: it has none). */
  resumeMarker: string | null;
  /** `changes-since` for the next poll; null until one is known. */
  cursor: string | null;
  /** Refresh asked for every page again. */
  fullSyncDue: boolean;
  /** Date.now() when the last full load ended. */
  fullSyncAt: number;
}

/**
 * What the list's next request is. `first`: every page from the start, each shown as it arrives. `resume`: the
 * pages after where an interrupted first load stopped. `reload`: every page again behind the rows shown (Refresh,
 * or the safety net every few minutes). `changes`: only what changed since the cursor (`changes-since`).
 */
export type ListSync = 'first' | 'resume' | 'reload' | 'changes';

export function planListSync(state: ListSyncState | undefined, now: number): ListSync {
  if (!state) return 'first';
  if (!state.complete) return state.resumeMarker === null ? 'first' : 'resume';
  if (state.cursor === null || state.fullSyncDue || now - state.fullSyncAt >= FULL_RESYNC_MS) return 'reload';
  return 'changes';
}
