// Fleets of 50, 1,000 and 5,000 servers (demo mode): navigation start → the first server row in the table, and →
// the whole fleet in the table; the 5,000 / 50 ratio of the first.
import { demoContext, extraFor } from '../browser.mjs';
import { fleetProbe } from '../page-probes.mjs';
import { figure, median } from '../stats.mjs';

export const FLEET_SIZES = [50, 1000, 5000];

/** Opens /instances on a fresh demo fleet of `size` and waits until all of it is in the table. */
export async function loadFleet(env, size, simConfig = {}) {
  const context = await demoContext(env.browser, env.consoleUrl, { extraServers: extraFor(size), ...simConfig }, [[fleetProbe, { total: size }]]);
  const page = await context.newPage();
  await page.goto('/instances');
  await page.waitForFunction(() => window.__benchFleet?.full != null, null, { timeout: 180_000, polling: 200 });
  // When the first list request left: what comes before it (the app's start, in demo mode the simulated cloud's start
  // and seed, the sign-in) does not depend on the list.
  const times = await page.evaluate(() => ({
    ...window.__benchFleet,
    firstRequest: performance.getEntriesByType('resource').find((entry) => entry.name.includes('/servers/detail'))?.startTime ?? null,
  }));
  return { context, page, times };
}

export async function measureFleet(env) {
  const figures = [];
  const firstRows = {};
  for (const size of FLEET_SIZES) {
    const first = [];
    const full = [];
    const afterRequest = [];
    for (let run = 0; run < env.runs; run += 1) {
      const { context, times } = await loadFleet(env, size);
      await context.close();
      first.push(times.firstRows);
      full.push(times.full);
      afterRequest.push(times.firstRequest === null ? null : times.firstRows - times.firstRequest);
      env.log(`fleet ${size}: first list request ${Math.round(times.firstRequest)} ms, first rows ${Math.round(times.firstRows)} ms, whole fleet ${Math.round(times.full)} ms`);
    }
    firstRows[size] = median(first);
    figures.push(figure(`fleet.${size}.firstRows`, `First rows, ${size.toLocaleString('en')} servers`, 'ms', firstRows[size], first));
    figures.push(figure(`fleet.${size}.full`, `Whole fleet, ${size.toLocaleString('en')} servers`, 'ms', median(full), full));
    figures.push(figure(`fleet.${size}.firstRowsAfterRequest`, `First list request → first rows, ${size.toLocaleString('en')} servers`, 'ms', median(afterRequest), afterRequest));
  }
  const ratio = firstRows[5000] / firstRows[50];
  figures.push(figure('fleet.firstRowsRatio', 'First rows 5,000 / 50', 'ratio', ratio, [], { note: 'ratio of the medians' }));
  return figures;
}
