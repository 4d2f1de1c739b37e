import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Server } from '../../../api/schemas/server';
import { imageKeys } from '../../images/image-queries';
import { quotaKeys } from '../../quotas/quota-queries';
import { volumeKeys } from '../../volumes/volume-queries';
import { serverKeys } from '../server-queries';
import { showActionError } from './action-notifications';
import { pendingActions } from './pending-actions';
import { type ActionOutcome, type ActionRequest, runInstanceAction } from './run-instance-action';

/** What the project's quota usage counts changes with these: the instance itself, or the flavor its host holds. */
const CHANGES_QUOTA_USAGE: ReadonlySet<ActionRequest['action']> = new Set(['delete', 'resize', 'confirmResize', 'revertResize', 'shelve', 'unshelve']);

export interface InstanceActionVariables {
  /** The server as the user saw it when asking: the tracker compares what comes next with it. */
  server: Server;
  request: ActionRequest;
}

export interface UseInstanceActionOptions {
  /**
   * Show a failure as a notification with the server's message and Retry (default true). Dialogs and the bulk flow
   * pass false and show `error` themselves, beside what the user typed.
   */
  notifyErrors?: boolean;
}

/** The newer of the user's copy and the cached detail: `updated` is second-precision ISO, so strings compare. */
function freshest(queryClient: QueryClient, server: Server): Server {
  const cached = queryClient.getQueryData<Server>(serverKeys.detail(server.id));
  return cached && (cached.updated ?? '') > (server.updated ?? '') ? cached : server;
}

function applyToCache(queryClient: QueryClient, server: Server, request: ActionRequest): void {
  if (request.action === 'rename') {
    // The PUT answer is a reduced record below 2.75: take only the new name, the next poll brings the rest.
    queryClient.setQueryData<Server>(serverKeys.detail(server.id), (old) => (old ? { ...old, name: request.name } : old));
  }
  if (request.action === 'attachVolume' || request.action === 'detachVolume') {
    void queryClient.invalidateQueries({ queryKey: volumeKeys.list() });
  }
  if (request.action === 'createImage') void queryClient.invalidateQueries({ queryKey: imageKeys.lists() });
  if (CHANGES_QUOTA_USAGE.has(request.action)) void queryClient.invalidateQueries({ queryKey: quotaKeys.all });
  // A name or the server itself changes for every page that shows servers (the key pairs' and zones' usage, the
  // wizard's same-name check); any other action refreshes this server only, attachments and action log included.
  const changesEveryPage = request.action === 'rename' || request.action === 'delete';
  void queryClient.invalidateQueries({ queryKey: changesEveryPage ? serverKeys.all : serverKeys.detail(server.id) });
}

/**
 * Sends one action, then tracks it: the 202 registers it with `pendingActions` (the badge shows "requested" and
 * the pollers hurry), and the server's cached detail is refreshed. Never retried by itself: a retried action could
 * run twice.
 */
export async function performInstanceAction(queryClient: QueryClient, { server, request }: InstanceActionVariables): Promise<ActionOutcome> {
  const outcome = await runInstanceAction(server.id, request);
  pendingActions.add(freshest(queryClient, server), request.action);
  applyToCache(queryClient, server, request);
  return outcome;
}

/** `mutate({ server, request })` for one instance action; see `performInstanceAction`. */
export function useInstanceAction({ notifyErrors = true }: UseInstanceActionOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation<ActionOutcome, unknown, InstanceActionVariables>({
    mutationFn: (variables) => performInstanceAction(queryClient, variables),
    onError: (error, variables) => {
      if (notifyErrors) showActionError(error, variables, () => performInstanceAction(queryClient, variables));
    },
  });
}
