import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, type Page } from '@playwright/test';
import { nova, userToken } from './nova-api';

/**
 * The console's production server for this suite, on a free port, with the e2e build: its proxy may reach only real
 * Nova and the image/network stand-in.
 */
export interface ConsoleServer {
  url: string;
  stop(): void;
}

export function startConsoleServer(): Promise<ConsoleServer> {
  const port = Number(process.env.E2E_PORT ?? 4173);
  const allowed = [nova.compute(), nova.image(), nova.network()].map((url) => new URL(url).origin);
  const child: ChildProcess = spawn(process.execPath, [`dist-e2e-${port}-server/main.js`], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: `dist-e2e-${port}`,
      PROXY_ALLOWED_HOSTS: [...new Set(allowed)].join(','),
      LOG_REQUESTS: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const output = child.stdout;
  if (!output) throw new Error('no stdout');
  return new Promise((resolve, reject) => {
    createInterface({ input: output }).on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match?.[1]) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`the console server exited with ${code}`)));
  });
}

/** Signs in as a user would with a token of real Nova's noauth2 and the endpoint URLs typed by hand. */
export async function signInToNova(page: Page, consoleUrl: string, token = userToken()): Promise<void> {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByRole('tab', { name: 'Existing token' }).click();
  await page.getByLabel(/^Token/).fill(token);
  await page.getByRole('textbox', { name: /Tenant ID/ }).fill(nova.tenant());
  await page.getByRole('combobox', { name: /^Region/ }).fill('RegionOne');
  await page.getByText('Enter URLs', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Enter URLs' })).toBeChecked();
  await page.getByRole('textbox', { name: /Compute \(Nova\) URL/ }).fill(nova.compute());
  await page.getByRole('textbox', { name: /Image \(Glance\) URL/ }).fill(nova.image());
  await page.getByRole('textbox', { name: /Network \(Neutron\) URL/ }).fill(nova.network());
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The console's landing page.
  await expect(page).toHaveURL(/\/overview$/, { timeout: 60_000 });
}
