// Bytes: the JS and CSS the first page (/instances) loads in live mode, gzipped (level 9, as the production server
// sends them); the simulated cloud's own files (what demo mode loads on top); and every JS and CSS file of the build.
// The first page's JS is also broken down by npm package and by source folder, from the build's source maps.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoContext } from '../browser.mjs';
import { liveSession, openLive } from '../live.mjs';
import { ROOT, STATIC_DIR } from '../servers.mjs';
import { breakdown } from '../source-map-breakdown.mjs';
import { figure } from '../stats.mjs';

const KIND = /\.(js|css)$/;
const TOP_PACKAGES = 15;

function gzipKb(file) {
  return gzipSync(readFileSync(join(ROOT, STATIC_DIR, file)), { level: 9 }).length / 1000;
}

function sum(files, ext) {
  return files.filter((file) => file.endsWith(ext)).reduce((total, file) => total + gzipKb(file), 0);
}

/**
 * The same-origin JS and CSS files a page asks for before /instances shows its first row (the figure issue 17 sets a
 * budget for: module preloads included, they are requests too), and those it asks for after it, until the network is
 * quiet (chunks fetched ahead of a first click: not on the way to the first row, still worth seeing).
 */
async function firstPageFiles(context) {
  const before = new Set();
  const after = new Set();
  let shown = false;
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url() || request.url()).origin && KIND.test(url.pathname)) (shown ? after : before).add(url.pathname.slice(1));
  });
  await page.goto('/instances');
  await page.locator('table[aria-label="Instances"] tbody tr[aria-rowindex]').first().waitFor({ timeout: 120_000 });
  shown = true;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { beforeFirstRow: [...before].sort(), afterFirstRow: [...after].filter((file) => !before.has(file)).sort() };
}

/** The source each built file comes from, as the build's manifest names it (a JSON module's chunk maps nothing). */
function manifestSources() {
  const manifest = JSON.parse(readFileSync(join(ROOT, STATIC_DIR, '.vite/manifest.json'), 'utf8'));
  return new Map(Object.values(manifest).flatMap((chunk) => (chunk.src ? [[chunk.file, chunk.src]] : [])));
}

/**
 * The gzipped kB of `files` per npm package (the largest `TOP_PACKAGES`, the rest summed) and per source folder,
 * from the source maps the build writes beside each chunk (`sourcemap: 'hidden'`: the server never sends them).
 */
export function firstPageBreakdown(files) {
  const sources = manifestSources();
  const chunks = files.map((file) => {
    const mapFile = join(ROOT, STATIC_DIR, `${file}.map`);
    // A file without a map (the bundler's own runtime, a file of public/) counts as itself, named without its hash.
    const map = existsSync(mapFile) ? JSON.parse(readFileSync(mapFile, 'utf8')) : { sources: [], mappings: '' };
    const fallback = sources.get(file) ?? file.replace(/-[\w-]{8}\.js$/, '.js');
    return { file: join(STATIC_DIR, file), code: readFileSync(join(ROOT, STATIC_DIR, file), 'utf8'), map, gzip: gzipKb(file), fallback };
  });
  const { packages, folders } = breakdown(chunks);
  const kB = ({ name, size }) => ({ name, kB: Math.round(size * 10) / 10 });
  const rest = packages.slice(TOP_PACKAGES);
  const others = rest.length === 0 ? [] : [{ name: `${rest.length} other packages`, size: rest.reduce((sum, part) => sum + part.size, 0) }];
  return { packages: [...packages.slice(0, TOP_PACKAGES), ...others].map(kB), folders: folders.map(kB) };
}

export async function measureBytes(env) {
  const storage = await liveSession(env);
  const { beforeFirstRow: live, afterFirstRow: liveLater } = await firstPageFiles((await openLive(env, storage)).context);
  const demoFiles = await firstPageFiles(await demoContext(env.browser, env.consoleUrl, {}));
  const demo = [...demoFiles.beforeFirstRow, ...demoFiles.afterFirstRow];
  const liveAll = [...live, ...liveLater];
  // The service worker's own script is fetched by the worker registration, not by the page: named here.
  const simOnly = [...new Set([...demo.filter((file) => !liveAll.includes(file)), 'mockServiceWorker.js'])];
  const all = readdirSync(join(ROOT, STATIC_DIR, 'assets')).filter((file) => KIND.test(file)).map((file) => `assets/${file}`);
  env.log(`live first page: ${live.length} files before the first row, ${liveLater.length} after it; demo mode adds ${simOnly.join(', ')}`);
  const detail = (files) => Object.fromEntries(files.map((file) => [file, Math.round(gzipKb(file) * 10) / 10]));
  const liveJs = live.filter((file) => file.endsWith('.js'));
  const parts = firstPageBreakdown(liveJs);
  const line = (list) => list.map(({ name, kB }) => `${name} ${kB}`).join(', ');
  env.log(`first page JS by package (kB gzip): ${line(parts.packages)}`);
  env.log(`first page JS by folder (kB gzip): ${line(parts.folders)}`);
  const laterJs = liveLater.filter((file) => file.endsWith('.js'));
  return [
    figure('bytes.firstPage.js', 'First page JS before the first row (live, gzip)', 'kB', sum(live, '.js'), [], { files: detail(liveJs), breakdown: parts }),
    figure('bytes.afterFirstRow.js', 'JS fetched after the first row, until the network is quiet (live, gzip)', 'kB', sum(liveLater, '.js'), [], {
      files: detail(laterJs),
      note: laterJs.length === 0 ? 'none' : `${laterJs.length} files loaded ahead of a first click`,
    }),
    figure('bytes.firstPage.css', 'First page CSS (live, gzip)', 'kB', sum(liveAll, '.css'), [], { files: detail(liveAll.filter((f) => f.endsWith('.css'))) }),
    figure('bytes.sim.js', 'Simulated cloud + its service worker, demo only (gzip)', 'kB', sum(simOnly, '.js') + sum(simOnly, '.css'), [], { files: detail(simOnly) }),
    figure('bytes.total.js', 'All JS of the build (gzip)', 'kB', sum(all, '.js'), [], { files: all.filter((f) => f.endsWith('.js')).length }),
    figure('bytes.total.css', 'All CSS of the build (gzip)', 'kB', sum(all, '.css'), [], { files: all.filter((f) => f.endsWith('.css')).length }),
  ];
}
