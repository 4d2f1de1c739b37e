// Bytes: the JS and CSS the first page (/instances) loads in live mode, gzipped (level 9, as the production server
// sends them); the simulated cloud's own files (what demo mode loads on top); and every JS and CSS file of the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoContext } from '../browser.mjs';
import { liveSession, openLive } from '../live.mjs';
import { ROOT, STATIC_DIR } from '../servers.mjs';
import { figure } from '../stats.mjs';

const KIND = /\.(js|css)$/;

function gzipKb(file) {
  return gzipSync(readFileSync(join(ROOT, STATIC_DIR, file)), { level: 9 }).length / 1000;
}

function sum(files, ext) {
  return files.filter((file) => file.endsWith(ext)).reduce((total, file) => total + gzipKb(file), 0);
}

/** The same-origin JS and CSS files a page asks for until /instances shows rows and the network is quiet. */
async function firstPageFiles(context) {
  const files = new Set();
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url() || request.url()).origin && KIND.test(url.pathname)) files.add(url.pathname.slice(1));
  });
  await page.goto('/instances');
  await page.locator('table[aria-label="Instances"] tbody tr[aria-rowindex]').first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files].sort();
}

export async function measureBytes(env) {
  const storage = await liveSession(env);
  const live = await firstPageFiles((await openLive(env, storage)).context);
  const demo = await firstPageFiles(await demoContext(env.browser, env.consoleUrl, {}));
  // The service worker's own script is fetched by the worker registration, not by the page: named here.
  const simOnly = [...new Set([...demo.filter((file) => !live.includes(file)), 'mockServiceWorker.js'])];
  const all = readdirSync(join(ROOT, STATIC_DIR, 'assets')).filter((file) => KIND.test(file)).map((file) => `assets/${file}`);
  env.log(`live first page: ${live.length} files; demo mode adds ${simOnly.join(', ')}`);
  const detail = (files) => Object.fromEntries(files.map((file) => [file, Math.round(gzipKb(file) * 10) / 10]));
  return [
    figure('bytes.firstPage.js', 'First page JS (live, gzip)', 'kB', sum(live, '.js'), [], { files: detail(live.filter((f) => f.endsWith('.js'))) }),
    figure('bytes.firstPage.css', 'First page CSS (live, gzip)', 'kB', sum(live, '.css'), [], { files: detail(live.filter((f) => f.endsWith('.css'))) }),
    figure('bytes.sim.js', 'Simulated cloud + its service worker, demo only (gzip)', 'kB', sum(simOnly, '.js') + sum(simOnly, '.css'), [], { files: detail(simOnly) }),
    figure('bytes.total.js', 'All JS of the build (gzip)', 'kB', sum(all, '.js'), [], { files: all.filter((f) => f.endsWith('.js')).length }),
    figure('bytes.total.css', 'All CSS of the build (gzip)', 'kB', sum(all, '.css'), [], { files: all.filter((f) => f.endsWith('.css')).length }),
  ];
}
