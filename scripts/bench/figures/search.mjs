// Typing in the instance search on 5,000 servers: keydown → the table showing other rows, 95th percentile.
// Each letter narrows the fleet to some roles (web, queue, worker…) and its Backspace widens it again, so every
// key press changes the table; a pause of 120 ms between keys is a brisk typist.
import { setTimeout as sleep } from 'node:timers/promises';
import { searchProbe } from '../page-probes.mjs';
import { figure, median, percentile } from '../stats.mjs';
import { loadFleet } from './fleet.mjs';

const LETTERS = [...'ghiklmnopqrstuwy'];
const PAUSE_MS = 120;

async function typeOnce(page) {
  const samples = [];
  const box = page.getByRole('textbox', { name: 'Search' });
  await box.focus();
  for (const key of LETTERS.flatMap((letter) => [letter, 'Backspace'])) {
    await page.evaluate(() => window.__benchArmSearch(3000));
    await page.keyboard.press(key);
    samples.push(await page.evaluate(() => window.__benchWatch));
    await sleep(PAUSE_MS);
  }
  return samples;
}

export async function measureSearch(env) {
  const p95s = [];
  const all = [];
  const longTasks = [];
  let unchanged = 0;
  for (let run = 0; run < env.runs; run += 1) {
    const { context, page } = await loadFleet(env, 5000, {});
    await page.evaluate(searchProbe);
    const samples = await typeOnce(page);
    longTasks.push(...(await page.evaluate(() => window.__benchLongTasks)));
    await context.close();
    const measured = samples.filter((sample) => sample !== null);
    unchanged += samples.length - measured.length;
    all.push(...measured);
    p95s.push(percentile(measured, 95));
    env.log(`search: p95 ${Math.round(percentile(measured, 95))} ms, median ${Math.round(median(measured))} ms, max ${Math.round(Math.max(...measured))} ms over ${measured.length} keys`);
  }
  return [
    figure('search.p95', 'Search keystroke → table, p95 (5,000)', 'ms', median(p95s), p95s, { note: `${all.length} key presses, ${unchanged} without a change; pooled p95 ${Math.round(percentile(all, 95))} ms` }),
    figure('search.median', 'Search keystroke → table, median (5,000)', 'ms', median(all), []),
    figure('search.longTasks', 'Long tasks while typing, per run (5,000)', 'count', longTasks.length / env.runs, [], { note: `worst ${Math.round(Math.max(0, ...longTasks))} ms` }),
  ];
}
