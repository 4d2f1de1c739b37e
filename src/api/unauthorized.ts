import type { ApiError } from './api-error';

export type UnauthorizedDecision = 'retry' | undefined;
export type UnauthorizedHandler = (error: ApiError) => UnauthorizedDecision | Promise<UnauthorizedDecision>;

let unauthorizedHandler: UnauthorizedHandler | null = null;
let pendingDecision: Promise<UnauthorizedDecision> | null = null;

/**
 * Called on a 401 of any request made with the session's token. Resolve to 'retry' (e.g. after a sign-in
 * dialog put a new session in sessionStore) and the request is sent once more; anything else, or a throw,
 * and the 401 ApiError is thrown. Returns a function that removes the handler.
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

/** For client.ts. Parallel requests that meet the same expired token share one answer: one dialog, not ten. */
export function askUnauthorizedHandler(error: ApiError): Promise<UnauthorizedDecision> {
  const handler = unauthorizedHandler;
  if (handler === null) return Promise.resolve(undefined);
  pendingDecision ??= Promise.resolve()
    .then(() => handler(error))
    .catch(() => undefined)
    .finally(() => {
      pendingDecision = null;
    });
  return pendingDecision;
}
