#!/usr/bin/env node
// Runs every check in order (type check, lint, unit/component/conformance tests, e2e) and ends with one
// plain "N passed, N failed" line that counts test cases plus the two static checks.
// Usage: npm test               all checks
//        npm test -- --no-e2e     everything but Playwright
//        npm test -- --no-client  everything but the OpenStack client check
//        npm test -- --no-nova    everything but the console against real Nova (npm run check:nova)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const out = mkdtempSync(join(tmpdir(), 'instance-console-checks-'));
const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, commandArgs, env = {}) {
  console.log(`\n▶ ${label}: ${[command, ...commandArgs].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: exit ${result.status ?? result.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function countStatic(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

countStatic('typecheck', run('typecheck', bin('tsc'), ['--noEmit']));
countStatic('lint', run('lint', bin('eslint'), ['.']));

const vitestJson = join(out, 'vitest.json');
const vitestOk = run('unit, component and conformance tests', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numFailedTests > 0) failures.push(`${vitest.numFailedTests} unit test(s)`);
}
if (!vitestOk && (!vitest || vitest.numFailedTests === 0)) {
  failed += 1;
  failures.push('vitest run (suite error)');
}

/**
 * Runs a node script that ends with "<tag>: N passed, N failed" and adds its counts. Its output streams as it runs;
 * the script also writes that line to CHECK_COUNTS_FILE, where this reads it.
 */
function runCounted(label, script, tag, env = {}) {
  const countsFile = join(out, `${tag.replace(':', '-')}.txt`);
  const ok = run(label, process.execPath, [script], { ...env, CHECK_COUNTS_FILE: countsFile });
  const counts = new RegExp(`${tag}: (\\d+) passed, (\\d+) failed`).exec(existsSync(countsFile) ? readFileSync(countsFile, 'utf8') : '');
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (Number(counts[2]) > 0) failures.push(`${counts[2]} ${label} check(s)`);
  }
  if (!ok && (!counts || Number(counts[2]) === 0)) {
    failed += 1;
    failures.push(`${label} (script error)`);
  }
}

// A real OpenStack client (Debian's python3-openstackclient) against the simulated cloud served over HTTP.
if (!args.has('--no-client')) runCounted('OpenStack client check', 'scripts/check-client.mjs', 'check:client');

if (!args.has('--no-e2e')) {
  const pwJson = join(out, 'playwright.json');
  const pwOk = run('end-to-end tests', bin('playwright'), ['test'], { PW_JSON_OUTPUT: pwJson });
  const pw = existsSync(pwJson) ? readJson(pwJson) : null;
  if (pw?.stats) {
    const ok = pw.stats.expected + pw.stats.flaky;
    passed += ok;
    failed += pw.stats.unexpected;
    if (pw.stats.unexpected > 0) failures.push(`${pw.stats.unexpected} e2e test(s)`);
  }
  if (!pwOk && (!pw?.stats || pw.stats.unexpected === 0)) {
    failed += 1;
    failures.push('playwright run (suite error)');
  }
}

// The console, live, against a real OpenStack Nova on this machine; it reuses the e2e build when there is one.
if (!args.has('--no-nova')) runCounted('real Nova', 'scripts/check-nova.mjs', 'check:nova', args.has('--no-e2e') ? {} : { E2E_REUSE_BUILD: '1' });

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
