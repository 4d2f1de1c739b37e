/**
 * Real Nova is the judge: every request of the recorded corpus (src/api/__fixtures__/real-nova/corpus.json, made by
 * `npm run check:nova -- --record`) is sent again to the simulated cloud, and its status, the shape of its answer and
 * its error message must match what real Nova answered, unless docs/simulation-differences.md says why not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, type CorpusBackend, type Exchange, runScenario } from '../../scripts/real-nova/corpus/scenario';
import { neutralMessage, shapeDifferences } from '../../scripts/real-nova/corpus/shape';
import { simClock } from './node';
import { KNOWN_DIFFERENCES } from './real-nova-differences';
import { seeded, simClient } from './test-client';

interface Corpus {
  nova: string;
  recorded: string;
  exchanges: Exchange[];
}

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '../api/__fixtures__/real-nova/corpus.json'), 'utf8')) as Corpus;

function simBackend(): CorpusBackend {
  const client = simClient();
  const { flavor, image, state } = seeded();
  const ubuntu = image('Ubuntu Server 22.04 LTS (').id;
  const network = state.vpcs.find((vpc) => vpc.name === 'Default Network')?.id ?? '';
  const send = async ({ method, path, body }: { method: string; path: string; body?: unknown }): Promise<Answer> => {
    const answer = await client.compute(method as 'GET', path, body);
    return { status: answer.status, body: answer.body ?? (answer.text === '' ? null : answer.text) };
  };
  return {
    send,
    async settle(id, status) {
      for (let step = 0; step < 600; step += 1) {
        const { body } = await send({ method: 'GET', path: `/servers/${id}` });
        const server = (body as { server?: { status: string; 'OS-EXT-STS:task_state'?: string | null } }).server;
        if (server?.status === status && !server['OS-EXT-STS:task_state']) return;
        simClock.advance(1000);
      }
      throw new Error(`${id} did not reach ${status}`);
    },
    // NHN asks for key_name, and takes a flavor's own disk only on U2 (GPU) flavors.
    localServer: (name) => ({ name, imageRef: ubuntu, flavorRef: flavor('u2.c2m4').id, networks: [{ uuid: network }], key_name: 'demo-key' }),
    resizableServer: (name) => ({
      name,
      imageRef: ubuntu,
      flavorRef: flavor('m2.c1m2').id,
      networks: [{ uuid: network }],
      key_name: 'demo-key',
      block_device_mapping_v2: [{ source_type: 'image', uuid: ubuntu, boot_index: 0, destination_type: 'volume', volume_size: 30, delete_on_termination: true }],
    }),
    resizeTarget: flavor('m2.c2m4').id,
    zeroDiskFlavor: flavor('g2.t4.c8m64').id,
    image: ubuntu,
    boundary: { ram: 2048, disk: 20 },
  };
}

function errorMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const fault = Object.values(body)[0] as { message?: unknown } | undefined;
  return typeof fault?.message === 'string' ? neutralMessage(fault.message) : undefined;
}

/** Every way one exchange of the simulation differs from Nova's: status, answer shape, error message, list size. */
function differences(nova: Exchange, sim: Exchange | undefined): string[] {
  if (!sim) return ['not sent'];
  const found: string[] = [];
  if (sim.status !== nova.status) found.push(`status ${sim.status}, Nova ${nova.status}`);
  else if (nova.status >= 400) {
    const [expected, actual] = [errorMessage(nova.body), errorMessage(sim.body)];
    if (expected !== actual) found.push(`message ${JSON.stringify(actual)}, Nova ${JSON.stringify(expected)}`);
  } else found.push(...shapeDifferences(nova.shape, sim.shape).map((line) => `shape ${line}`));
  if (nova.count !== undefined && sim.count !== nova.count) found.push(`count ${sim.count}, Nova ${nova.count}`);
  return found;
}

describe(`the simulated cloud answers as real Nova ${corpus.nova} did (recorded ${corpus.recorded})`, () => {
  it('replays every recorded request; each difference is a known one, and each known one still exists', { timeout: 60_000 }, async () => {
    const replayed = new Map((await runScenario(simBackend())).map((exchange) => [exchange.name, exchange]));
    const found = Object.fromEntries(
      corpus.exchanges.map((nova) => [nova.name, differences(nova, replayed.get(nova.name))] as const).filter(([, lines]) => lines.length > 0),
    );
    const known = Object.fromEntries(Object.entries(KNOWN_DIFFERENCES).map(([name, entry]) => [name, entry.differences]));
    expect(found).toEqual(known);
  });

  it('gives every known difference its reason in docs/simulation-differences.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/simulation-differences.md'), 'utf8');
    for (const [name, entry] of Object.entries(KNOWN_DIFFERENCES)) {
      expect(corpus.exchanges.map((exchange) => exchange.name), name).toContain(name);
      expect(doc, `${name}: docs/simulation-differences.md has no heading "${entry.doc}"`).toContain(`## ${entry.doc}`);
    }
  });
});
