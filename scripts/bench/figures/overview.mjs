// The overview on 5,000 servers (demo mode): navigation start → its numbers and charts on screen, against the instance
// list's navigation start → the whole fleet in its table, on the same size of fleet. The overview needs the whole
// fleet as well, so it is held to the list's time (issue 16: "within the same budget as the list").
import { demoContext, extraFor } from '../browser.mjs';
import { overviewProbe } from '../page-probes.mjs';
import { figure, median } from '../stats.mjs';
import { loadFleet } from './fleet.mjs';

const SIZE = 5000;

async function loadOverview(env) {
  const context = await demoContext(env.browser, env.consoleUrl, { extraServers: extraFor(SIZE) }, [[overviewProbe, { total: SIZE }]]);
  const page = await context.newPage();
  await page.goto('/overview');
  await page.waitForFunction(() => window.__benchOverview?.shown != null, null, { timeout: 180_000, polling: 200 });
  const shown = await page.evaluate(() => window.__benchOverview.shown);
  await context.close();
  return shown;
}

export async function measureOverview(env) {
  const overview = [];
  const list = [];
  const loadList = async () => {
    const { context, times } = await loadFleet(env, SIZE);
    await context.close();
    return times.full;
  };
  for (let run = 0; run < env.runs; run += 1) {
    // Turn about: whichever goes first on a cold server pays for it, so neither always does.
    if (run % 2 === 0) {
      overview.push(await loadOverview(env));
      list.push(await loadList());
    } else {
      list.push(await loadList());
      overview.push(await loadOverview(env));
    }
    env.log(`overview ${SIZE}: shown ${Math.round(overview.at(-1))} ms; list: whole fleet ${Math.round(list.at(-1))} ms`);
  }
  const ratio = median(overview) / median(list);
  return [
    figure(`overview.${SIZE}.shown`, `Overview shown, ${SIZE.toLocaleString('en')} servers`, 'ms', median(overview), overview),
    figure('overview.listRatio', 'Overview shown / list whole fleet, 5,000 servers', 'ratio', ratio, [], { note: 'ratio of the medians' }),
  ];
}
