/**
 * `npm run sim [-- --port 4010] [--controls]`: the simulated NHN Cloud on 127.0.0.1. Environment: SIM_PORT (default
 * 4010; 0 picks one), SIM_TRANSITION_MS (each step of a transition, default 3000). `--controls` serves the test
 * controls under `/__sim/` (tests and the benchmark ask for them; a person trying the console does not need them).
 */
import { SIM_DEMO_ACCOUNT, startSimServer } from './sim-server.js';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const port = Number(option('port') ?? process.env.SIM_PORT ?? 4010);
const transitionMs = Number(option('transition-ms') ?? process.env.SIM_TRANSITION_MS ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535 || !Number.isFinite(transitionMs) || transitionMs < 0) {
  console.error('Usage: npm run sim -- [--port <0-65535>] [--transition-ms <ms>] [--controls]');
  process.exit(2);
}

const controls = process.argv.includes('--controls');
const sim = await startSimServer({ port, config: { transitionMs }, controls });
const origin = new URL(sim.url);
// Tests and scripts read the URL from this first line.
console.log(`Simulated NHN Cloud listening on ${sim.url}`);
console.log(`  identity: ${sim.url}/identity/v2.0  tenant: ${SIM_DEMO_ACCOUNT.tenantId}  user: ${SIM_DEMO_ACCOUNT.username}  API password: ${SIM_DEMO_ACCOUNT.password}`);
if (controls) console.log(`  test controls: ${sim.url}/__sim/ (tokens without credentials: never allowlist this simulation in a shared console)`);
console.log(`  console against it: PROXY_ALLOWED_HOSTS=${origin.origin} IDENTITY_URL=${sim.url}/identity/v2.0 npm start`);

const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
