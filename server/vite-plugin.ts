/**
 * The same `/proxy/` and `/config.json` as the production server, inside Vite's dev and preview servers, so
 * `npm run dev` can sign in to a real cloud too. Configured by the same environment variables.
 * Relative imports in server/ name their `.js` file (TypeScript maps it to the `.ts` one): vite.config.ts loads
 * this graph, and Vite 8's config loader warns about extensionless imports.
 */
import type { Connect, Plugin } from 'vite';
import { readConfig } from './config.js';
import { createApiHandler } from './console-server.js';

const KEYS = ['PROXY_ALLOWED_HOSTS', 'PUBLIC_ORIGINS', 'IDENTITY_URL', 'IDENTITY_V3_URL', 'PROXY_TIMEOUT_MS', 'PROXY_MAX_BODY_BYTES', 'PROXY_MAX_RESPONSE_BYTES', 'LOG_REQUESTS'];

function install(middlewares: Connect.Server, log: (line: string) => void, warn: (line: string) => void): void {
  // Only the proxy's own variables: PORT or STATIC_DIR mean nothing to Vite.
  const env = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  const config = readConfig(env);
  for (const warning of config.warnings) warn(`Warning: ${warning}`);
  const api = createApiHandler(config, log);
  middlewares.use((req, res, next) => {
    if (!api(req, res)) next();
  });
}

export function consoleApiPlugin(): Plugin {
  return {
    name: 'instance-console-api',
    configureServer(server) {
      const { logger } = server.config;
      install(server.middlewares, (line) => logger.info(line, { timestamp: true }), (line) => logger.warn(line, { timestamp: true }));
    },
    configurePreviewServer(server) {
      const { logger } = server.config;
      install(server.middlewares, (line) => logger.info(line, { timestamp: true }), (line) => logger.warn(line, { timestamp: true }));
    },
  };
}
