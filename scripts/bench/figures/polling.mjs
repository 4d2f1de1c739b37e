// Idle polling of 5,000 servers for one real minute, counted in the page (every fetch, decoded body bytes): the
// delta polls the console makes (`changes-since`), against a console that would reload the full list at each of those
// polls (the bytes and requests of this page's own full first load, times the number of polls).
import { setTimeout as sleep } from 'node:timers/promises';
import { fetchLog } from '../page-probes.mjs';
import { figure } from '../stats.mjs';
import { FLEET_SIZES, loadFleet } from './fleet.mjs';

const MINUTE_MS = 60_000;
const SETTLE_MS = 5_000;
const FULL_RESYNC_MINUTES = 5;

export async function measurePolling(env) {
  const size = FLEET_SIZES.at(-1);
  // Quick steps: the one seed server that builds is ACTIVE before the minute starts; the rest of the fleet is still.
  const { context, page } = await loadFleet(env, size, { transitionMs: 100 });
  await page.evaluate(fetchLog);
  await sleep(SETTLE_MS);
  const from = await page.evaluate(() => performance.now());
  await sleep(MINUTE_MS);
  const log = await page.evaluate(() => window.__benchRequests.map(({ url, start, status, bytes }) => ({ url, start, status, bytes })));
  // The full list, as a console without deltas would fetch it at each poll: Refresh reloads every page.
  await page.evaluate(() => (window.__benchRequests.length = 0));
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await page.waitForFunction(
    () => {
      const log = window.__benchRequests;
      const done = log.length > 0 && log.every((entry) => entry.bytes !== null) && performance.now() - log.at(-1).start > 1500;
      return done && log.some((entry) => !entry.url.includes('changes-since'));
    },
    null,
    { timeout: 120_000, polling: 250 },
  );
  const full = await page.evaluate(() => window.__benchRequests.filter((entry) => entry.url.includes('/servers/detail') && !entry.url.includes('changes-since')).map(({ bytes }) => bytes));
  await context.close();

  const polls = log.filter((entry) => entry.start >= from && entry.url.includes('/servers/detail'));
  const deltas = polls.filter((entry) => entry.url.includes('changes-since'));
  const pollBytes = polls.reduce((sum, entry) => sum + (entry.bytes ?? 0), 0);
  const fullBytes = full.reduce((sum, bytes) => sum + bytes, 0);
  const baselineBytes = deltas.length * fullBytes;
  const baselineRequests = deltas.length * full.length;
  env.log(`polling: ${polls.length} requests (${deltas.length} deltas), ${pollBytes} B; one full list: ${full.length} requests, ${fullBytes} B`);
  const amortized = (pollBytes + fullBytes / FULL_RESYNC_MINUTES) / baselineBytes;
  return [
    figure('polling.requests', 'Idle minute, 5,000: requests (delta polls)', 'count', polls.length, [], { note: `full refetches: ${baselineRequests}` }),
    figure('polling.bytes', 'Idle minute, 5,000: bytes (delta polls)', 'kB', pollBytes / 1000, [], { note: `full refetches: ${Math.round(baselineBytes / 1000)} kB` }),
    figure('polling.baselineBytes', 'Idle minute, 5,000: bytes with full refetches', 'kB', baselineBytes / 1000, [], { note: `${deltas.length} polls × one full list of ${Math.round(fullBytes / 1000)} kB in ${full.length} requests` }),
    figure('polling.ratio', 'Idle polling bytes / full refetches', '%', (100 * pollBytes) / baselineBytes, []),
    figure('polling.ratioWithResync', 'Same, with the 5-minute full resync amortized', '%', 100 * amortized, [], { note: 'the console reloads the whole list every 5 minutes as a safety net' }),
  ];
}
