// A status change in the simulated cloud → on screen, while the list polls fast (the seed always has servers in a
// transition, so the page polls every 2 s). Another client reboots an ACTIVE server (ACTIVE → REBOOT at once); the
// steps are slow (20 s) so the new status stays long enough to be seen. Random pauses spread the change over the
// poll cycle.
import { setTimeout as sleep } from 'node:timers/promises';
import { demoContext } from '../browser.mjs';
import { statusChangeLatency } from '../page-probes.mjs';
import { figure, median } from '../stats.mjs';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';
const ACTIVE_SEED = ['active', 'win-active', 'u2-active', 'gpu-active', 'public-web', 'private-db', 'volume-boot'];

async function openSeedList(env) {
  const context = await demoContext(env.browser, env.consoleUrl, { transitionMs: 20_000, extraServers: 0 });
  const page = await context.newPage();
  await page.goto('/instances');
  await page.getByText('23 instances').waitFor({ timeout: 120_000 });
  return { context, page };
}

export async function measureLatency(env) {
  const runs = [];
  let open = null;
  let next = 0;
  let skipped = 0;
  while (runs.length < env.runs) {
    if (!open || next >= ACTIVE_SEED.length) {
      await open?.context.close();
      open = await openSeedList(env);
      next = 0;
    }
    await sleep(Math.random() * 2000);
    const latency = await open.page.evaluate(statusChangeLatency, { name: ACTIVE_SEED[next], expected: 'Rebooting', tenant: TENANT });
    next += 1;
    if (latency === null) {
      // Not ACTIVE to begin with; a probe that never reads any badge would loop here for ever.
      skipped += 1;
      if (skipped > ACTIVE_SEED.length * 2) throw new Error('status change: no ACTIVE badge found in the list');
      continue;
    }
    runs.push(latency);
    env.log(`status change: ${Math.round(latency)} ms`);
  }
  await open?.context.close();
  return [
    figure('latency.median', 'Status change → on screen, median', 'ms', median(runs), runs),
    figure('latency.max', 'Status change → on screen, worst', 'ms', Math.max(...runs), []),
  ];
}
