import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import type { ServerCreateBody, ServerCreateResult } from '../../api/schemas/server-create';
import type { Server } from '../../api/schemas/server';
import { createServer } from '../../api/servers';
import { serverKeys } from '../instances/server-queries';
import { quotaKeys } from '../quotas/quota-queries';
import { findCreatedServers, type CreatedLookup } from './find-created-servers';
import { stepOfServerError } from './server-error-step';
import type { StepId } from './wizard-steps';

export type CreateOutcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** The answer was lost (timeout, network): looking for the server before offering to send again. */
  | { kind: 'checking'; error: unknown }
  /** The answer was lost, but the cloud did create the server(s). */
  | { kind: 'found'; servers: Server[] }
  /** The answer was lost and nothing was created: sending again is safe. */
  | { kind: 'not-created'; error: unknown }
  /** The answer was lost and the check failed too: the user must look before sending again. */
  | { kind: 'unknown'; error: unknown; checkError: unknown }
  | { kind: 'failed'; error: unknown; step: StepId | null }
  | { kind: 'created'; result: ServerCreateResult };

/**
 * The request may have been carried out although no answer came: a timeout, a dropped connection, or a gateway
 * in front of the API that gave up waiting (502, 504). A 2xx whose body cannot be read was carried out for sure.
 * A 4xx or Nova's own 500/503 means it was not.
 */
export function isLostAnswer(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'timeout' || error.kind === 'network' || error.kind === 'invalid-response') return true;
  return error.kind === 'http' && (error.status === 502 || error.status === 504);
}

/**
 * POST /servers with the very object the review shows, and no duplicates: when the answer is lost, the servers
 * are looked for before Retry is offered.
 */
export function useCreateInstance() {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<CreateOutcome>({ kind: 'idle' });
  const [lookup, setLookup] = useState<CreatedLookup | null>(null);

  const check = async (current: CreatedLookup, error: unknown) => {
    setOutcome({ kind: 'checking', error });
    try {
      const servers = await findCreatedServers(current);
      if (servers.length > 0) void queryClient.invalidateQueries({ queryKey: quotaKeys.all });
      setOutcome(servers.length > 0 ? { kind: 'found', servers } : { kind: 'not-created', error });
    } catch (checkError) {
      setOutcome({ kind: 'unknown', error, checkError });
    }
  };

  const submit = async (body: ServerCreateBody, knownIds: ReadonlySet<string>) => {
    const current: CreatedLookup = { name: body.server.name, count: body.server.max_count ?? 1, submittedAt: Date.now(), knownIds };
    setLookup(current);
    setOutcome({ kind: 'sending' });
    try {
      const result = await createServer(body);
      // The new servers count against the quota at once; a refusal changed nothing.
      void queryClient.invalidateQueries({ queryKey: quotaKeys.all });
      await queryClient.invalidateQueries({ queryKey: serverKeys.all });
      setOutcome({ kind: 'created', result });
    } catch (error) {
      if (isLostAnswer(error)) await check(current, error);
      else setOutcome({ kind: 'failed', error, step: isApiError(error) && error.kind === 'http' ? stepOfServerError(error.message) : null });
    }
  };

  return {
    outcome,
    submit,
    /** Look again (after the check itself failed). */
    checkAgain: () => (lookup && outcome.kind === 'unknown' ? check(lookup, outcome.error) : Promise.resolve()),
    reset: () => setOutcome({ kind: 'idle' }),
  };
}
