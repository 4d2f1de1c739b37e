// Lighthouse (performance only, desktop preset) on /instances in live mode, signed in to the simulated cloud through
// the production server's proxy, with 50 and with 5,000 servers: the score, LCP, TBT, CLS and the bytes of script.
// Lighthouse drives its own headless Chromium (the same executable as the rest of the benchmark) through Puppeteer;
// the tab's session is put in sessionStorage before the app starts, as the other live figures do.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { chromiumPath, extraFor } from '../browser.mjs';
import { liveSession } from '../live.mjs';
import { ROOT, simControl } from '../servers.mjs';
import { figure, median } from '../stats.mjs';

const SIZES = [50, 5000];
const REPORT_DIR = join(ROOT, 'bench/runs');

function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath() ?? chromium.executablePath(),
    headless: true,
    defaultViewport: null,
    // As Playwright launches it for the other figures (it runs Chromium without its sandbox too).
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-US'],
  });
}

class LighthouseRunError extends Error {
  constructor(code, message) {
    super(`Lighthouse: ${code} ${message}`);
    this.code = code;
  }
}

/** The figures of one Lighthouse run of `url`, in a fresh browser context (cold cache, no storage but the session). */
async function audit(browser, url, storage) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.evaluateOnNewDocument((entries) => {
      for (const [key, value] of entries) sessionStorage.setItem(key, value);
    }, storage);
    const result = await lighthouse(url, { output: 'html', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig, page);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRunError(lhr.runtimeError.code, lhr.runtimeError.message);
    if (new URL(lhr.finalDisplayedUrl).pathname !== '/instances') throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the signed-in list`);
    const script = lhr.audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
    return {
      score: lhr.categories.performance.score * 100,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      scriptKb: script.transferSize / 1000,
      // Lighthouse's own measure of the CPU it ran on (the simulated throttling assumes a desktop's).
      benchmarkIndex: lhr.environment.benchmarkIndex,
      warnings: lhr.runWarnings,
      report: result.report,
    };
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse sometimes loses its own trace (NO_NAVSTART, NO_FCP on a trace cut short): that run says nothing about the
 * page, so it is run again (at most twice more), and said in the log. Any other failure ends the benchmark.
 */
const TRACE_FAILURES = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_RESOURCE_REQUEST']);

async function auditWithRetries(browser, url, storage, log) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(browser, url, storage);
    } catch (error) {
      const code = error instanceof LighthouseRunError ? error.code : null;
      if (code === null || !TRACE_FAILURES.has(code) || attempt === 3) throw error;
      log(`lighthouse: the run lost its trace (${code}); running it again`);
    }
  }
}

function figuresFor(size, runs) {
  const servers = `${size.toLocaleString('en')} servers`;
  const of = (name) => runs.map((run) => run[name]);
  return [
    figure(`lighthouse.${size}.score`, `Lighthouse performance score, ${servers} (live, desktop)`, '/ 100', median(of('score')), of('score'), {
      note: `Lighthouse's CPU benchmark index ${of('benchmarkIndex').map(Math.round).join(', ')}`,
    }),
    figure(`lighthouse.${size}.lcp`, `Lighthouse Largest Contentful Paint, ${servers}`, 'ms', median(of('lcp')), of('lcp')),
    figure(`lighthouse.${size}.tbt`, `Lighthouse Total Blocking Time, ${servers}`, 'ms', median(of('tbt')), of('tbt')),
    figure(`lighthouse.${size}.cls`, `Lighthouse Cumulative Layout Shift, ${servers}`, '', median(of('cls')), of('cls')),
    figure(`lighthouse.${size}.script`, `Lighthouse bytes of script (transferred), ${servers}`, 'kB', median(of('scriptKb')), of('scriptKb')),
  ];
}

export async function measureLighthouse(env) {
  const storage = await liveSession(env);
  const browser = await launch();
  const figures = [];
  try {
    for (const size of SIZES) {
      await simControl(env.simUrl, 'config', { extraServers: extraFor(size) });
      const runs = [];
      for (let run = 0; run < env.runs; run += 1) {
        runs.push(await auditWithRetries(browser, `${env.consoleUrl}/instances`, storage, env.log));
        const { score, lcp, tbt, cls, scriptKb, benchmarkIndex, warnings } = runs.at(-1);
        env.log(`lighthouse ${size}: CPU benchmark index ${Math.round(benchmarkIndex)}, score ${score}, LCP ${Math.round(lcp)} ms, TBT ${Math.round(tbt)} ms, CLS ${cls.toFixed(3)}, script ${scriptKb.toFixed(1)} kB${warnings.length > 0 ? `; warnings: ${warnings.join(' | ')}` : ''}`);
      }
      mkdirSync(REPORT_DIR, { recursive: true });
      const report = join(REPORT_DIR, `lighthouse-instances-${size}.html`);
      writeFileSync(report, runs.at(-1).report);
      env.log(`lighthouse ${size}: the last run's report is ${report}`);
      figures.push(...figuresFor(size, runs));
    }
  } finally {
    await browser.close();
    await simControl(env.simUrl, 'config', { extraServers: 0 });
  }
  return figures;
}
