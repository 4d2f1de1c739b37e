/** `npm start`: the production server (built by `npm run build` into dist-server/main.js). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatOrigin } from './allowlist.js';
import { readConfig, type ServerConfig } from './config.js';
import { createConsoleServer } from './console-server.js';

function configOrExit(): ServerConfig {
  try {
    const config = readConfig();
    if (!existsSync(join(config.staticDir, 'index.html'))) {
      throw new Error(`${config.staticDir}/index.html is missing: run \`npm run build\` first (or set STATIC_DIR).`);
    }
    return config;
  } catch (error) {
    console.error(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const config = configOrExit();
const server = createConsoleServer(config);
server.on('error', (error) => {
  console.error(`The server could not start: ${error.message}`);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // Tests and scripts read the port from this line when PORT=0.
  console.log(`Instance Console listening on http://${config.host}:${port}`);
  console.log(`  app: ${config.staticDir}  identity: ${config.identityUrl ?? 'none (no sign-in by password)'}`);
  console.log(`  proxy allows: ${config.allowlist.map(formatOrigin).join(', ')}`);
  console.log(`  answers to: ${[...config.publicOrigins, 'addresses typed as digits', 'localhost'].join(', ')} (PUBLIC_ORIGINS)`);
  for (const warning of config.warnings) console.warn(`Warning: ${warning}`);
});

function shutdown(): void {
  server.close(() => process.exit(0));
  // Kept-alive connections would hold close() open.
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
