// JS heap after loading 5,000 servers, after a forced garbage collection (CDP). Demo mode counts the simulated
// cloud too (it runs in the page), so live mode (the simulated cloud in its own process) is measured as well.
import { extraFor } from '../browser.mjs';
import { fleetProbe } from '../page-probes.mjs';
import { liveSession, openLive } from '../live.mjs';
import { simControl } from '../servers.mjs';
import { figure, median } from '../stats.mjs';
import { loadFleet } from './fleet.mjs';

async function usedHeapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

async function liveHeap(env, storage, size) {
  const { context, page } = await openLive(env, storage, [[fleetProbe, { total: size }]]);
  await page.goto('/instances');
  await page.waitForFunction(() => window.__benchFleet?.full != null, null, { timeout: 180_000, polling: 200 });
  const used = await usedHeapMb(page);
  await context.close();
  return used;
}

export async function measureHeap(env) {
  const demo = [];
  for (let run = 0; run < env.runs; run += 1) {
    const { context, page } = await loadFleet(env, 5000, {});
    demo.push(await usedHeapMb(page));
    await context.close();
  }
  const storage = await liveSession(env);
  const live = { 50: [], 5000: [] };
  for (const size of [50, 5000]) {
    await simControl(env.simUrl, 'config', { extraServers: extraFor(size) });
    for (let run = 0; run < env.runs; run += 1) live[size].push(await liveHeap(env, storage, size));
  }
  await simControl(env.simUrl, 'config', { extraServers: 0 });
  env.log(`heap: demo ${demo.map(Math.round).join(', ')} MB; live 50 ${live[50].map(Math.round).join(', ')} MB; live 5,000 ${live[5000].map(Math.round).join(', ')} MB`);
  return [
    figure('heap.live.5000', 'JS heap, 5,000 servers (live: console only)', 'MB', median(live[5000]), live[5000]),
    figure('heap.live.50', 'JS heap, 50 servers (live: console only)', 'MB', median(live[50]), live[50]),
    figure('heap.demo.5000', 'JS heap, 5,000 servers (demo: console + simulated cloud)', 'MB', median(demo), demo),
  ];
}
