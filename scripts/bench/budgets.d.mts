export interface Budget {
  min?: number;
  max?: number;
  source: string;
}

export interface Figure {
  key: string;
  label: string;
  unit: string;
  value: number | null;
  runs: unknown[];
}

export function formatValue(value: number | null, unit: string): string;
export function budgetHolds(value: number | null, budget: Budget): boolean;
export function budgetText(budget: Budget, unit: string): string;
export function brokenBudgets(figures: Figure[], budgets: Record<string, Budget>): string[];
