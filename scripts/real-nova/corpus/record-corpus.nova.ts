/**
 * Records the corpus against real Nova: `npm run check:nova -- --record` runs this file (with
 * record.config.ts) while Nova is up, and writes src/api/__fixtures__/real-nova/corpus.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { type Answer, type CorpusBackend, type CorpusCall, runScenario } from './scenario';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run \`npm run check:nova -- --record\`.`);
  return value;
};
const compute = env('REAL_NOVA_COMPUTE');
const tenant = env('REAL_NOVA_TENANT');

function parseOrText(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function send({ method, path, body }: CorpusCall): Promise<Answer> {
  const response = await fetch(`${compute}${path}`, {
    method,
    headers: { 'X-Auth-Token': `operator:${tenant}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: parseOrText(text) };
}

async function settle(id: string, status: string): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { body } = await send({ method: 'GET', path: `/servers/${id}` });
    const server = (body as { server?: { status: string; 'OS-EXT-STS:task_state'?: string | null } }).server;
    if (server?.status === status && !server['OS-EXT-STS:task_state']) return;
    if (server?.status === 'ERROR' && status !== 'ERROR') throw new Error(`${id} went to ERROR while waiting for ${status}`);
    if (Date.now() > deadline) throw new Error(`${id} is ${server?.status ?? 'gone'}, not ${status}, after 300 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const localServer = (name: string) => ({
  name,
  imageRef: env('REAL_NOVA_IMAGE_ID'),
  flavorRef: 'f-small',
  networks: [{ uuid: env('REAL_NOVA_NETWORK_ID') }],
});

const nova: CorpusBackend = {
  send,
  settle,
  localServer,
  resizableServer: localServer,
  resizeTarget: 'f-medium',
  zeroDiskFlavor: 'f-nodisk',
  image: env('REAL_NOVA_IMAGE_ID'),
  boundary: { ram: 2048, disk: 40 },
};

function novaVersion(): string {
  try {
    return execFileSync('nova-manage', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

it('records every exchange of the scenario against real Nova', { timeout: 1_200_000 }, async () => {
  const exchanges = await runScenario(nova);
  expect(exchanges.length).toBeGreaterThan(50);
  const dir = join(import.meta.dirname, '../../../src/api/__fixtures__/real-nova');
  mkdirSync(dir, { recursive: true });
  const corpus = { nova: novaVersion(), recorded: new Date().toISOString().slice(0, 10), api: '/v2/{tenantId} (legacy v2, no microversion)', exchanges };
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify(corpus, null, 1)}\n`);
});
