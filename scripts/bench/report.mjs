// The results: bench/results.json (machine, date, commit, every figure with its unit and runs), a readable table on
// stdout and in bench/results.md, and the budget check of `--check`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { budgetHolds, budgetText, formatValue } from './budgets.mjs';
import { ROOT } from './servers.mjs';

const BENCH_DIR = join(ROOT, 'bench');

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(browserVersion) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e9),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: browserVersion,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 10) / 10),
  };
}

export function readBudgets() {
  return JSON.parse(readFileSync(join(BENCH_DIR, 'budgets.json'), 'utf8')).budgets;
}

export function table(figures, budgets) {
  const lines = ['| Figure | Median | Budget | Runs / notes |', '| --- | ---: | ---: | --- |'];
  for (const item of figures) {
    const budget = budgets[item.key];
    const verdict = budget ? `${budgetHolds(item.value, budget) ? '✅' : '❌'} ${budgetText(budget, item.unit)}` : '';
    const runs = item.runs.filter((run) => typeof run === 'number');
    const notes = [runs.length > 1 ? runs.join(', ') : '', item.note ?? ''].filter(Boolean).join('; ');
    lines.push(`| ${item.label} | ${formatValue(item.value, item.unit)} | ${verdict} | ${notes} |`);
  }
  return lines.join('\n');
}

/** A figure's bytes by package and by source folder, side by side (a figure without a breakdown has none). */
export function breakdownTables(item) {
  if (!item.breakdown) return '';
  const { packages, folders } = item.breakdown;
  const lines = [`${item.label}, ${item.value} ${item.unit}, by npm package and by source folder (shares of each chunk's gzipped size, from the build's source maps):`, '', '| Package | kB | Folder | kB |', '| --- | ---: | --- | ---: |'];
  for (let at = 0; at < Math.max(packages.length, folders.length); at += 1) {
    const cells = (part) => (part ? [part.name, part.kB.toLocaleString('en', { maximumFractionDigits: 1 })] : ['', '']);
    lines.push(`| ${[...cells(packages[at]), ...cells(folders[at])].join(' | ')} |`);
  }
  return lines.join('\n');
}

/** bench/results.md: what ran where, the table, and the byte breakdowns. */
export function resultsMarkdown({ date, commit, machine, options, figures }, budgets) {
  const heading = `Benchmark of ${date.slice(0, 10)}, commit ${commit ?? 'unknown'}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}, Chromium ${machine.chromium}; load average (1 / 5 / 15 min) ${machine.loadAverageAtStart.join(' / ')} at the start, ${machine.loadAverageAtEnd.join(' / ')} at the end; ${options.runs} runs per figure.`;
  const breakdowns = figures.map(breakdownTables).filter(Boolean);
  return [heading, table(figures, budgets), ...breakdowns].join('\n\n') + '\n';
}

/** Everything below this line in bench/results.md is the history of changes and their figures, kept by every run. */
export const HISTORY_MARKER = '<!-- Below: the history of changes, written by hand and kept by `npm run bench`. -->';

/** The hand-written history of an existing results file, from its marker on; '' when it has none. */
export function historyOf(text) {
  const at = text.indexOf(HISTORY_MARKER);
  return at === -1 ? '' : text.slice(at);
}

function existingHistory(file) {
  try {
    return historyOf(readFileSync(file, 'utf8'));
  } catch {
    return '';
  }
}

/**
 * A full run replaces bench/results.json and the latest table of bench/results.md, keeping its history; a partial
 * one (`--only`) goes to bench/runs/ (not committed).
 */
export function writeResults({ figures, machine, options, budgets, partial }) {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = (git(['status', '--porcelain']) ?? '') !== '';
  const results = { date: new Date().toISOString(), commit: commit && `${commit}${dirty ? ' (uncommitted changes)' : ''}`, machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 10) / 10) }, options, figures };
  const dir = partial ? join(BENCH_DIR, 'runs') : BENCH_DIR;
  mkdirSync(dir, { recursive: true });
  const name = partial ? `results-${results.date.replace(/[:.]/g, '-')}` : 'results';
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = resultsMarkdown(results, budgets);
  const history = partial ? '' : existingHistory(join(dir, `${name}.md`));
  writeFileSync(join(dir, `${name}.md`), history === '' ? markdown : `${markdown}\n${history}`);
  return { markdown, path: join(dir, `${name}.json`) };
}
