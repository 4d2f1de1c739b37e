// The benchmark's own build (dist-bench/, dist-bench-server/: never the e2e or `npm start` folders) and the two
// processes it measures against: the production console server and the simulated cloud as a real HTTP server.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');
export const STATIC_DIR = 'dist-bench';
const SERVER_DIR = 'dist-bench-server';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** The production build, as `npm run build` makes it, into the benchmark's own folders. */
export function buildApp() {
  run(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', STATIC_DIR]);
  run(process.execPath, ['server/build.mjs', '--outDir', SERVER_DIR]);
}

/** Starts `node <args>` and resolves with the URL it prints in its "listening on" line. */
function startProcess(args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolvePromise({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`node ${args.join(' ')} exited with ${code}`)));
  });
}

/**
 * The simulated cloud (`npm run sim`) and the production console server, its proxy allowed to reach only that
 * simulated cloud: demo mode runs in the page as always, live mode signs in to the simulated cloud through the proxy.
 */
export async function startServers(port) {
  const sim = await startProcess(['server/sim/run.mjs', '--port', '0', '--transition-ms', '3000', '--controls'], {});
  try {
    const app = await startProcess([`${SERVER_DIR}/main.js`], {
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR,
      PROXY_ALLOWED_HOSTS: new URL(sim.url).origin,
      IDENTITY_URL: `${sim.url}/identity/v2.0`,
      LOG_REQUESTS: '0',
    });
    return {
      consoleUrl: app.url,
      simUrl: sim.url,
      stop() {
        app.child.kill();
        sim.child.kill();
      },
    };
  } catch (error) {
    sim.child.kill();
    throw error;
  }
}

/** A control of the simulated cloud server (`/__sim/...`), e.g. its fleet size. */
export async function simControl(simUrl, path, body = {}) {
  const response = await fetch(`${simUrl}/__sim/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`/__sim/${path} answered ${response.status}`);
  return response.json();
}
