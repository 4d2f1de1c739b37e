#!/usr/bin/env node
// `npm run bench [-- --check] [--runs N] [--only <figure>[,<figure>…]] [--no-build] [--port P (default: a free one)]`: builds the production
// app, serves it with the production server, drives headless Chromium against the simulated cloud and writes
// bench/results.json and bench/results.md (a partial run, --only, writes to bench/runs/). Not part of `npm test`.
import { launchBrowser } from './browser.mjs';
import { measureBytes } from './figures/bytes.mjs';
import { measureFleet } from './figures/fleet.mjs';
import { measureHeap } from './figures/heap.mjs';
import { measureLatency } from './figures/latency.mjs';
import { measureLighthouse } from './figures/lighthouse.mjs';
import { measureOverview } from './figures/overview.mjs';
import { measurePolling } from './figures/polling.mjs';
import { measureScroll } from './figures/scroll.mjs';
import { measureSearch } from './figures/search.mjs';
import { brokenBudgets } from './budgets.mjs';
import { machineInfo, readBudgets, writeResults } from './report.mjs';
import { buildApp, startServers } from './servers.mjs';

const FIGURES = { bytes: measureBytes, fleet: measureFleet, search: measureSearch, scroll: measureScroll, heap: measureHeap, polling: measurePolling, latency: measureLatency, overview: measureOverview, lighthouse: measureLighthouse };
const USAGE = 'Usage: npm run bench -- [--check] [--runs N] [--only bytes,fleet,search,scroll,heap,polling,latency,overview,lighthouse] [--no-build] [--port P]';

function options(argv) {
  const value = (name) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const only = value('only')?.split(',') ?? Object.keys(FIGURES);
  const runs = Number(value('runs') ?? 5);
  const port = Number(value('port') ?? process.env.BENCH_PORT ?? 0);
  if (only.some((name) => !(name in FIGURES)) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(port)) {
    console.error(USAGE);
    process.exit(2);
  }
  return { check: argv.includes('--check'), build: !argv.includes('--no-build'), runs, only, port };
}

const opts = options(process.argv.slice(2));
const budgets = readBudgets();
if (opts.build) buildApp();
const servers = await startServers(opts.port);
// Without a browser there is nothing to measure: the servers must not keep the process alive.
const { browser, version } = await launchBrowser().catch((error) => {
  servers.stop();
  throw error;
});
const machine = machineInfo(version);
const env = { browser, consoleUrl: servers.consoleUrl, simUrl: servers.simUrl, runs: opts.runs, log: (line) => console.log(`  ${line}`) };
const figures = [];
try {
  for (const name of opts.only) {
    console.log(`${name}…`);
    figures.push(...(await FIGURES[name](env)));
  }
} finally {
  await browser.close();
  servers.stop();
}

const partial = opts.only.length < Object.keys(FIGURES).length;
const { markdown, path } = writeResults({ figures, machine, options: { runs: opts.runs, only: opts.only }, budgets, partial });
console.log(`\n${markdown}\nWritten: ${path}`);
if (opts.check) {
  const broken = brokenBudgets(figures, budgets);
  if (broken.length > 0) {
    console.error(`\n${broken.length} budget(s) broken:\n${broken.map((line) => `  - ${line}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery budget holds.');
}
