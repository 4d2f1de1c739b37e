import { isInTransition } from './server-status';

export const FAST_POLL_MS = 2_000;
export const SLOW_POLL_MS = 30_000;

export interface PollingInput {
  /** The servers the user is looking at. */
  servers: ReadonlyArray<{ status: string; taskState: string | null | undefined }>;
  /** Actions the user asked for whose effect the API does not show yet. */
  pendingActions: number;
  /** `document.visibilityState === 'visible'`. */
  visible: boolean;
}

export type PollingDecision =
  | { mode: 'paused'; intervalMs: false }
  | { mode: 'fast'; intervalMs: number }
  | { mode: 'slow'; intervalMs: number };

/**
 * How often to ask the API again: fast while anything shown is changing (a transitional status, a running task,
 * or an action the API has not reflected yet), slow when all is still, and not at all while the tab is hidden.
 */
export function decidePolling({ servers, pendingActions, visible }: PollingInput): PollingDecision {
  if (!visible) return { mode: 'paused', intervalMs: false };
  if (pendingActions > 0 || servers.some(isInTransition)) return { mode: 'fast', intervalMs: FAST_POLL_MS };
  return { mode: 'slow', intervalMs: SLOW_POLL_MS };
}
