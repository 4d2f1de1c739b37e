import type { Server } from '../../../api/schemas/server';
import { type Session, sessionStore } from '../../../api/session';
import { endsAction, targetStatusFor } from '../../../domain/action-outcome';
import type { InstanceAction } from '../../../domain/instance-actions';
import { createStore } from '../../../lib/store';

/**
 * Actions the user asked for whose outcome the API does not show yet. The list and detail pages feed every
 * server they receive to `observe`; the tracker says when an action reached its goal or the server fell into
 * ERROR, marks rows "requested" until the API shows the task, and tells the poller to hurry.
 */
export interface PendingAction {
  serverId: string;
  serverName: string;
  action: InstanceAction;
  /** The status that means done: the action record's `leadsTo`, for this server (domain/action-outcome.ts). */
  targetStatus: string;
  fromStatus: string;
  /** `updated` when it was requested: a change of it proves the API did something, however fast. */
  fromUpdated: string | undefined;
  requestedAt: number;
  /** The API has shown the action (a task, another status, or a new `updated`). */
  acknowledged: boolean;
}

export type PendingEvent =
  | { kind: 'reached'; pending: PendingAction; server: Server | null }
  | { kind: 'failed'; pending: PendingAction; server: Server; faultMessage: string | undefined };

/** Give up tracking after this long; the server keeps its status, but the console stops hurrying. */
export const PENDING_TIMEOUT_MS = 15 * 60_000;

interface PendingState {
  pending: ReadonlyMap<string, PendingAction>;
  /** What the change that made this state settled; `onEvent` listeners hear each once. */
  events: readonly PendingEvent[];
}

const store = createStore<PendingState>(() => ({ pending: new Map(), events: [] }));

function commit(next: ReadonlyMap<string, PendingAction>, events: PendingEvent[] = []) {
  store.setState({ pending: next, events });
}

const current = () => store.getState().pending;

function settled(pendingAction: PendingAction, server: Server): PendingEvent | 'acknowledged' | null {
  const task = server['OS-EXT-STS:task_state'];
  const changed = task !== null || server.status !== pendingAction.fromStatus || server.updated !== pendingAction.fromUpdated;
  if (server.status === 'ERROR' && pendingAction.fromStatus !== 'ERROR' && task === null) {
    return { kind: 'failed', pending: pendingAction, server, faultMessage: server.fault?.message };
  }
  if (changed && task === null && endsAction(pendingAction.action, pendingAction.targetStatus, server.status)) return { kind: 'reached', pending: pendingAction, server };
  return changed ? 'acknowledged' : null;
}

/** The action asked for that the API does not show yet: what the gating (`canPerform`) calls `pendingAction`. */
export function unshownAction(pendingAction: PendingAction | undefined): InstanceAction | undefined {
  return pendingAction && !pendingAction.acknowledged ? pendingAction.action : undefined;
}

export const pendingActions = {
  /** Called right after the API accepted the action (202). */
  add(server: Server, action: InstanceAction, now = Date.now()): void {
    const targetStatus = targetStatusFor(action, { status: server.status, powerState: server['OS-EXT-STS:power_state'] });
    if (targetStatus === null) return;
    const next = new Map(current());
    next.set(server.id, {
      serverId: server.id,
      serverName: server.name,
      action,
      targetStatus,
      fromStatus: server.status,
      fromUpdated: server.updated,
      requestedAt: now,
      acknowledged: false,
    });
    commit(next);
  },

  /** Feed servers as they arrive from the API; resolves what they show. */
  observe(servers: readonly Server[], now = Date.now()): void {
    const pending = current();
    if (pending.size === 0) return;
    let next: Map<string, PendingAction> | null = null;
    const events: PendingEvent[] = [];
    for (const server of servers) {
      const tracked = (next ?? pending).get(server.id);
      if (!tracked) continue;
      const outcome = settled(tracked, server);
      if (outcome === null) continue;
      next ??= new Map(pending);
      if (outcome === 'acknowledged') {
        if (!tracked.acknowledged) next.set(server.id, { ...tracked, acknowledged: true });
      } else {
        next.delete(server.id);
        events.push(outcome);
      }
    }
    for (const [id, action] of next ?? pending) {
      if (now - action.requestedAt > PENDING_TIMEOUT_MS) {
        next ??= new Map(pending);
        next.delete(id);
      }
    }
    if (next) commit(next, events);
  },

  /** The server is gone (404, or missing from a complete list): a pending delete has reached its goal. */
  observeGone(serverId: string): void {
    const pending = current();
    const tracked = pending.get(serverId);
    if (!tracked) return;
    const next = new Map(pending);
    next.delete(serverId);
    commit(next, tracked.action === 'delete' ? [{ kind: 'reached', pending: tracked, server: null }] : []);
  },

  get(serverId: string): PendingAction | undefined {
    return current().get(serverId);
  },

  size(): number {
    return current().size;
  },

  snapshot(): ReadonlyMap<string, PendingAction> {
    return current();
  },

  subscribe(listener: () => void): () => void {
    return store.subscribe(() => listener());
  },

  /** Every action that reached its goal or failed, once, after the change that settled it. */
  onEvent(listener: (event: PendingEvent) => void): () => void {
    return store.subscribe((state, previous) => {
      if (state.events !== previous.events) state.events.forEach(listener);
    });
  },

  /** Tests and sign-out. */
  clear(): void {
    commit(new Map());
  },
};

/** The project a session works on; null without one. */
function scopeOf(session: Session | null): string | null {
  return session && `${session.mode} ${session.region} ${session.tenantId}`;
}

// Pending actions are about servers of one project: signing out, or into another project (or the demo), ends them.
// Signing in again to the same project keeps them, as it keeps the page.
let scope = scopeOf(sessionStore.get());
sessionStore.subscribe((session) => {
  const next = scopeOf(session);
  if (next === scope) return;
  scope = next;
  pendingActions.clear();
});
