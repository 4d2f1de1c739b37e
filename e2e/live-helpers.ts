import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, type Page } from '@playwright/test';
import { DEMO_TENANT } from './sim-api';

/** `npm run sim` serves the same demo account. */
export const TENANT = DEMO_TENANT;

/**
 * Live mode end to end: the simulated cloud as a real HTTP server (`npm run sim`) and a second production
 * server for the same build, its proxy allowed to reach only that simulated cloud. Both on free ports.
 */
export interface LiveServers {
  simUrl: string;
  consoleUrl: string;
  stop(): void;
}

function startProcess(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const output = child.stdout;
  if (!output) throw new Error('no stdout');
  return new Promise((resolve, reject) => {
    createInterface({ input: output }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

export async function startLiveServers(transitionMs = 300): Promise<LiveServers> {
  const port = Number(process.env.E2E_PORT ?? 4173);
  const sim = await startProcess(['server/sim/run.mjs', '--port', '0', '--transition-ms', String(transitionMs), '--controls'], {});
  const app = await startProcess([`dist-e2e-${port}-server/main.js`], {
    PORT: '0',
    HOST: '127.0.0.1',
    STATIC_DIR: `dist-e2e-${port}`,
    PROXY_ALLOWED_HOSTS: new URL(sim.url).origin,
    IDENTITY_URL: `${sim.url}/identity/v2.0`,
    LOG_REQUESTS: '0',
  }).catch((error: unknown) => {
    sim.child.kill();
    throw error;
  });
  return {
    simUrl: sim.url,
    consoleUrl: app.url,
    stop() {
      app.child.kill();
      sim.child.kill();
    },
  };
}

/** A control of the simulated cloud server (e.g. revoking a token), called from the test, not the page. */
export async function simControl(simUrl: string, path: string, body: unknown = {}): Promise<void> {
  const response = await fetch(`${simUrl}/__sim/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

export async function signIn(page: Page, consoleUrl: string, next = '') {
  await page.goto(`${consoleUrl}/sign-in${next}`);
  await page.getByRole('textbox', { name: /Tenant ID/ }).fill(TENANT);
  await page.getByRole('textbox', { name: /^User/ }).fill('demo@example.com');
  await page.getByLabel(/API password/).fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The token the console keeps for this tab. */
export async function storedToken(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(sessionStorage.getItem('instance-console.session') ?? '{}') as { session?: { token?: string } }).session?.token ?? '');
}
