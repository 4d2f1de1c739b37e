// Small statistics over the runs of a figure.

export function median(values) {
  const sorted = values.filter((value) => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const sorted = values.filter((value) => value !== null && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function round(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Units whose figures are small fractions (a unitless one: Cumulative Layout Shift), kept to 3 digits. */
const FINE_UNITS = new Set(['ratio', '%', '']);

/** One figure of the results: `value` is what budgets compare, `runs` what it came from. */
export function figure(key, label, unit, value, runs, extra = {}) {
  const digits = FINE_UNITS.has(unit) ? 3 : 1;
  return { key, label, unit, value: round(value, digits), runs: runs.map((run) => (typeof run === 'number' ? round(run, unit === '' ? digits : 1) : run)), ...extra };
}
