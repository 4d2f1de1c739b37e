#!/usr/bin/env node
// `npm run check:client`: a real OpenStack client (Debian's python3-openstackclient, installed when absent)
// against the simulated NHN Cloud served over HTTP. Fixed token (admin_token auth, no Keystone round trip by the
// client), one endpoint override per service. Every command must give the expected result and print no warning.
// Prints one line per step and ends with "check:client: N passed, N failed"; exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '..');
const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const KEY = 'check-client-kp';
const VM = 'check-client-vm';
const IMAGE = 'Ubuntu Server 22.04 LTS (2025.07.15)';
const NETWORK = 'Default Network';
const FLAVOR = 'm2.c1m2';

let passed = 0;
let failed = 0;

function ensureClient() {
  if (spawnSync('sh', ['-c', 'command -v openstack'], { stdio: 'ignore' }).status === 0) return;
  console.log('openstack not found: installing python3-openstackclient from apt…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env }).status === 0;
  if (!run(['apt-get', 'update', '-qq']) || !run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'python3-openstackclient'])) {
    throw new Error('Could not install python3-openstackclient (apt-get failed).');
  }
}

/** Starts `npm run sim` on a free port with fast transitions; resolves with its URL. */
function startSim() {
  const child = spawn(process.execPath, [join(root, 'server/sim/run.mjs'), '--port', '0', '--transition-ms', '200'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) resolveUrl({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`The simulated cloud exited with code ${code} before it listened.`)));
  });
}

async function issueToken(url) {
  const response = await fetch(`${url}/identity/v2.0/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ auth: { tenantId: TENANT, passwordCredentials: { username: 'demo@example.com', password: 'demo' } } }),
  });
  if (!response.ok) throw new Error(`The simulated identity service answered ${response.status}.`);
  return (await response.json()).access.token.id;
}

function writeCloudsYaml(dir, url, token) {
  const file = join(dir, 'clouds.yaml');
  const compute = `${url}/compute/v2/${TENANT}`;
  writeFileSync(
    file,
    [
      'clouds:',
      '  sim:',
      '    auth_type: admin_token',
      `    auth: {token: "${token}", endpoint: "${compute}"}`,
      `    compute_endpoint_override: ${compute}`,
      `    image_endpoint_override: ${url}/image/`,
      `    network_endpoint_override: ${url}/network/`,
      '    region_name: KR1',
      '',
    ].join('\n'),
  );
  return file;
}

function openstack(env, args) {
  const started = Date.now();
  const result = spawnSync('openstack', ['--os-cloud', 'sim', '--os-auth-type', 'admin_token', ...args], { env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: (result.stderr ?? '').trim(), ms: Date.now() - started };
}

function record(label, problem, result, args) {
  const seconds = (result.ms / 1000).toFixed(1);
  if (problem === null) {
    passed += 1;
    console.log(`ok    ${label} (${seconds} s)`);
    return;
  }
  failed += 1;
  console.log(`FAIL  ${label} (${seconds} s): ${problem}`);
  console.log(`      openstack ${args.join(' ')}\n      exit ${result.status}\n      stderr: ${result.stderr || '(empty)'}`);
  throw new Error('stopped at the first failure');
}

/** Runs one step; `check` returns null when all is well, or what was wrong. Stops the run at the first failure. */
function step(label, env, args, check) {
  const result = openstack(env, args);
  let problem;
  try {
    problem = check(result);
  } catch (error) {
    problem = `unreadable output (${error.message})`;
  }
  record(label, problem, result, args);
}

/** Success: exit 0, nothing on stderr (a warning is a failure), and `expect` on the output. */
const clean = (expect) => (result) => {
  if (result.status !== 0) return `exit code ${result.status}`;
  if (result.stderr !== '') return `unexpected output on stderr: ${result.stderr.split('\n')[0]}`;
  return expect(result.stdout);
};
const json = (expect) => clean((stdout) => expect(JSON.parse(stdout)));

/** Polls `server show` until the status is `wanted` (30 s at most); ERROR or a failing show ends it early. */
function waitForStatus(env, label, wanted) {
  const args = ['server', 'show', VM, '-f', 'json'];
  const started = Date.now();
  for (;;) {
    const result = openstack(env, args);
    const status = result.status === 0 && result.stderr === '' ? JSON.parse(result.stdout).status : null;
    const total = { ...result, ms: Date.now() - started };
    if (status === wanted) return record(label, null, total, args);
    if (status === null || status === 'ERROR' || Date.now() - started > 30_000) {
      return record(label, `status ${status ?? 'unreadable'}, expected ${wanted}`, total, args);
    }
  }
}

function runChecks(env) {
  step('flavor list', env, ['flavor', 'list', '-f', 'json'], json((rows) => (rows.some((r) => r.Name === FLAVOR) ? null : `no ${FLAVOR}`)));
  // --compute: the zones of the Instance API; NHN documents no zone list for block storage or network.
  step('availability zone list', env, ['availability', 'zone', 'list', '--compute', '-f', 'json'], json((rows) => {
    const names = rows.map((r) => `${r['Zone Name']}:${r['Zone Status']}`).sort().join(',');
    return names === 'kr-pub-a:available,kr-pub-b:available' ? null : `zones ${names}`;
  }));
  step('keypair create', env, ['keypair', 'create', KEY], clean((out) => (out.startsWith('-----BEGIN') ? null : 'no private key printed')));
  step('keypair list', env, ['keypair', 'list', '-f', 'json'], json((rows) => (rows.some((r) => r.Name === KEY) ? null : `${KEY} is not listed`)));
  const create = ['server', 'create', '--flavor', FLAVOR, '--image', IMAGE, '--boot-from-volume', '20', '--network', NETWORK, '--key-name', KEY, '--wait', '-f', 'json', VM];
  // `--wait` exits 0 even when the server ends in ERROR (OSC 6.0), so the status is read back below.
  step('server create --wait', env, create, json((s) => (s.status === 'ACTIVE' ? null : `status ${s.status}`)));
  step('server show', env, ['server', 'show', VM, '-f', 'json'], json((s) =>
    s.status === 'ACTIVE' && s.key_name === KEY && s.flavor.startsWith(FLAVOR) && NETWORK in s.addresses ? null : `unexpected server ${JSON.stringify(s).slice(0, 200)}`,
  ));
  step('limits show --absolute', env, ['limits', 'show', '--absolute', '-f', 'json'], json((rows) => {
    const value = (name) => rows.find((r) => r.Name === name)?.Value;
    const cores = value('totalCoresUsed');
    return value('maxTotalInstances') === 50 && value('totalInstancesUsed') > 0 && cores > 0 && value('maxTotalKeypairs') === 100
      ? null
      : `unexpected limits ${JSON.stringify(rows).slice(0, 200)}`;
  }));
  step('server stop', env, ['server', 'stop', VM], clean(() => null));
  waitForStatus(env, 'server reaches SHUTOFF', 'SHUTOFF');
  step('second server stop fails with 409', env, ['server', 'stop', VM], (r) =>
    r.status !== 0 && /^Cannot 'stop' instance \S+ while it is in vm_state stopped \(HTTP 409\)/.test(r.stderr) ? null : 'expected a 409 conflict',
  );
  step('server start', env, ['server', 'start', VM], clean(() => null));
  waitForStatus(env, 'server reaches ACTIVE', 'ACTIVE');
  // Nova's action log, newest first; the refused second stop left no record.
  let stopRequest = '';
  step('server event list', env, ['server', 'event', 'list', VM, '-f', 'json'], json((rows) => {
    const actions = rows.map((r) => r.Action).join(',');
    stopRequest = rows.find((r) => r.Action === 'stop')?.['Request ID'] ?? '';
    return actions === 'start,stop,create' && /^req-/.test(stopRequest) ? null : `actions ${actions}`;
  }));
  step('server event show', env, ['server', 'event', 'show', VM, stopRequest, '-f', 'json'], json((event) => {
    const names = (event.events ?? []).map((e) => `${e.event}:${e.result}`).join(',');
    return event.action === 'stop' && names === 'compute_stop_instance:Success' ? null : `unexpected event ${JSON.stringify(event).slice(0, 200)}`;
  }));
  step('server delete --wait', env, ['server', 'delete', '--wait', VM], clean(() => null));
  step('deleted server is gone', env, ['server', 'show', VM], (r) =>
    r.status !== 0 && r.stderr === `No server with a name or ID of '${VM}' exists.` ? null : 'the server is still there',
  );
  step('keypair delete', env, ['keypair', 'delete', KEY], clean(() => null));
  step('keypair list after delete', env, ['keypair', 'list', '-f', 'json'], json((rows) => (rows.some((r) => r.Name === KEY) ? `${KEY} is still listed` : null)));
}

const dir = mkdtempSync(join(tmpdir(), 'check-client-'));
let sim = null;
try {
  ensureClient();
  sim = await startSim();
  console.log(`Simulated cloud at ${sim.url}; openstack ${spawnSync('openstack', ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
  const token = await issueToken(sim.url);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OS_')));
  env.OS_CLIENT_CONFIG_FILE = writeCloudsYaml(dir, sim.url, token);
  runChecks(env);
} catch (error) {
  if (failed === 0) {
    failed += 1;
    console.log(`FAIL  ${error.message}`);
  }
} finally {
  sim?.child.kill();
  rmSync(dir, { recursive: true, force: true });
}
const summary = `check:client: ${passed} passed, ${failed} failed`;
console.log(summary);
if (process.env.CHECK_COUNTS_FILE) writeFileSync(process.env.CHECK_COUNTS_FILE, `${summary}\n`);
process.exit(failed > 0 ? 1 : 0);
