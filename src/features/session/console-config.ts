/**
 * `GET /config.json` from the console's own server (server/config.ts): where to sign in and which upstream
 * origins its proxy reaches. Without that server (a plain static copy of the build) there is no live mode.
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from '../../lib/zod';
import { request } from '../../api/client';

export const consoleConfigSchema = z.object({
  /** `v2` null: the server's proxy reaches no Keystone v2.0, so there is no sign-in by password (server/config.ts). */
  identity: z.object({ v2: z.nullable(z.string()), v3: z.nullable(z.string()) }),
  allowedOrigins: z.array(z.string()),
  proxyPrefix: z.string(),
});

export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

export const CONSOLE_CONFIG_PATH = '/config.json';

export function fetchConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig> {
  // Same origin, no token: the "identity" label only names the service in error messages.
  return request({ service: 'identity', baseUrl: '', auth: false, path: CONSOLE_CONFIG_PATH, schema: consoleConfigSchema, signal });
}

export const consoleConfigQuery = () =>
  queryOptions({
    queryKey: ['console-config'],
    queryFn: ({ signal }) => fetchConsoleConfig(signal),
    // The server's configuration does not change while it runs.
    staleTime: Infinity,
    retry: false,
  });
