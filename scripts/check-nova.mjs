#!/usr/bin/env node
// `npm run check:nova`: the console, live, against a real OpenStack Nova on this machine. Brings Nova up
// (scripts/real-nova/up.sh, installing Debian's packages when absent), runs the Playwright project `nova`
// (e2e/real-nova/) through the production server's proxy, and takes Nova down again, whatever happened.
// Ends with "check:nova: N passed, N failed"; exits non-zero when Nova does not come up or any check fails.
// Usage: npm run check:nova                 up, check, down
//        npm run check:nova -- --keep       leave Nova running afterwards (prints how to stop it)
//        npm run check:nova -- --up-only    only bring it up (for working against it by hand)
//        npm run check:nova -- --record     first record the corpus (src/api/__fixtures__/real-nova/corpus.json)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'real-nova-'));
const script = (name) => join(root, 'scripts/real-nova', name);

function down() {
  spawnSync('bash', [script('down.sh'), work], { stdio: 'inherit' });
}

function finish(passed, failed) {
  const summary = `check:nova: ${passed} passed, ${failed} failed`;
  console.log(summary);
  if (process.env.CHECK_COUNTS_FILE) writeFileSync(process.env.CHECK_COUNTS_FILE, `${summary}\n`);
  process.exit(failed > 0 ? 1 : 0);
}

const keep = args.has('--keep') || args.has('--up-only');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (!keep) down();
    process.exit(1);
  });
}

console.log(`▶ real Nova: bash scripts/real-nova/up.sh ${work}`);
const up = spawnSync('bash', [script('up.sh'), work], { stdio: 'inherit' });
if (up.status !== 0) {
  console.error('check:nova: real Nova did not come up (the lines above say why). Nothing was checked.');
  down();
  finish(0, 1);
}
const novaEnv = JSON.parse(readFileSync(join(work, 'env.json'), 'utf8'));
if (args.has('--up-only')) {
  console.log(`Real Nova is up: ${novaEnv.REAL_NOVA_COMPUTE} (token operator:${novaEnv.REAL_NOVA_TENANT}).`);
  console.log(`Stop it with: bash scripts/real-nova/down.sh ${work}`);
  process.exit(0);
}

let passed = 0;
let failed = 0;
if (args.has('--record')) {
  console.log('▶ recording the corpus: scripts/real-nova/corpus/record-corpus.nova.ts');
  const record = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--config', 'scripts/real-nova/corpus/record.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, ...novaEnv },
  });
  if (record.status === 0) passed += 1;
  else failed += 1;
}

const report = join(work, 'playwright.json');
const run = spawnSync(join(root, 'node_modules/.bin/playwright'), ['test', '--project=nova'], {
  stdio: 'inherit',
  env: { ...process.env, ...novaEnv, PW_JSON_OUTPUT: report },
});
try {
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.expected + stats.flaky + stats.unexpected === 0) failed += 1; // a run that checked nothing is a failure
} catch {
  failed += 1;
}
if (run.status !== 0 && failed === 0) failed += 1;
if (keep) console.log(`Real Nova is still running: bash scripts/real-nova/down.sh ${work}`);
else down();
finish(passed, failed);
