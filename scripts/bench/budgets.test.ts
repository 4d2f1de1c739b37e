import { describe, expect, it } from 'vitest';
import { brokenBudgets, budgetHolds, budgetText, formatValue } from './budgets.mjs';

const figure = (key: string, value: number | null, unit = 'ms') => ({ key, label: key, unit, value, runs: [] });

describe('budgets with a max, a min or both', () => {
  it.each([
    ['a max, below it', 40, { max: 50 }, true],
    ['a max, on it', 50, { max: 50 }, true],
    ['a max, above it', 51, { max: 50 }, false],
    ['a min, above it', 98, { min: 95 }, true],
    ['a min, on it', 95, { min: 95 }, true],
    ['a min, below it', 94, { min: 95 }, false],
    ['both, between', 0.5, { min: 0, max: 1 }, true],
    ['both, below the min', -1, { min: 0, max: 1 }, false],
    ['both, above the max', 2, { min: 0, max: 1 }, false],
    ['a figure not measured', null, { max: 50 }, false],
  ])('%s', (_, value, bounds, holds) => {
    expect(budgetHolds(value, { ...bounds, source: 'test' })).toBe(holds);
  });

  it('words each bound', () => {
    expect(budgetText({ max: 50, source: '' }, 'ms')).toBe('≤ 50 ms');
    expect(budgetText({ min: 95, source: '' }, 'score')).toBe('≥ 95 score');
    expect(budgetText({ min: 0, max: 0, source: '' }, 'count')).toBe('≥ 0 count, ≤ 0 count');
  });

  it('shows a unitless figure (layout shift) as its number, to 3 digits', () => {
    expect(formatValue(0.0123, '')).toBe('0.012');
    expect(budgetText({ max: 0, source: '' }, '')).toBe('≤ 0');
    expect(formatValue(1234.56, 'ms')).toBe('1,234.6 ms');
  });

  it('lists the broken budgets only, a score under its min among them', () => {
    const budgets = {
      'lighthouse.50.score': { min: 100, source: 'issue 17' },
      'lighthouse.5000.score': { min: 95, source: 'issue 17' },
      'lighthouse.50.tbt': { max: 50, source: 'issue 17' },
    };
    const figures = [figure('lighthouse.50.score', 99, 'score'), figure('lighthouse.5000.score', 96, 'score'), figure('lighthouse.50.tbt', 20), figure('unbudgeted', 1e9)];
    expect(brokenBudgets(figures, budgets)).toEqual(['lighthouse.50.score: 99 score, budget ≥ 100 score (issue 17)']);
  });
});
