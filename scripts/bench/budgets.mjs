// Budgets of bench/budgets.json against the figures: a budget has a `max` (the figure may not exceed it), a `min`
// (it may not fall below it: a score), or both.

const DIGITS = { ratio: 2, '%': 2, '': 3 };

/** "1,234.5 ms"; a unitless figure (Cumulative Layout Shift) as its number alone. */
export function formatValue(value, unit) {
  if (value === null) return 'n/a';
  return [value.toLocaleString('en', { maximumFractionDigits: DIGITS[unit] ?? 1 }), unit].filter(Boolean).join(' ');
}

/** Whether `value` keeps `budget` (a figure that was not measured keeps none). */
export function budgetHolds(value, budget) {
  if (value === null) return false;
  return (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);
}

/** The budget as the table shows it: "≤ 50 ms", "≥ 95 score", or both bounds. */
export function budgetText(budget, unit) {
  const bounds = [];
  if (budget.min !== undefined) bounds.push(`≥ ${formatValue(budget.min, unit)}`);
  if (budget.max !== undefined) bounds.push(`≤ ${formatValue(budget.max, unit)}`);
  return bounds.join(', ');
}

/** Every budget the figures break, as readable lines (a budget whose figure was not measured is not checked). */
export function brokenBudgets(figures, budgets) {
  const broken = [];
  for (const item of figures) {
    const budget = budgets[item.key];
    if (budget && !budgetHolds(item.value, budget)) {
      broken.push(`${item.label}: ${formatValue(item.value, item.unit)}, budget ${budgetText(budget, item.unit)} (${budget.source})`);
    }
  }
  return broken;
}
