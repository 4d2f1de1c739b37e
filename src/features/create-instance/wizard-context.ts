import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftProblem, ProblemCode, ProblemParams } from './draft-problems';
import type { WizardQueries } from './use-wizard-catalog';
import type { WizardCatalog, WizardFacts } from './wizard-facts';
import type { StepId } from './wizard-steps';

export interface WizardState {
  catalog: WizardCatalog;
  queries: WizardQueries;
  facts: WizardFacts;
  problems: DraftProblem[];
  /** Steps the user tried to leave with Next (or all, once Create was pressed): their missing choices show. */
  attempted: ReadonlySet<StepId>;
  goTo: (step: StepId) => void;
}

export const WizardStateContext = createContext<WizardState | null>(null);

export function useWizardState(): WizardState {
  const state = useContext(WizardStateContext);
  if (!state) throw new Error('useWizardState must be used inside the create-instance wizard.');
  return state;
}

/** A conflict shows at once; a choice not made yet only once the user tried to go on. */
export function isVisibleProblem(problem: DraftProblem, attempted: ReadonlySet<StepId>): boolean {
  return problem.kind === 'conflict' || attempted.has(problem.step);
}

export function useProblemText(): (problem: { code: ProblemCode; params: ProblemParams }) => string {
  const { t } = useTranslation('wizard');
  return (problem) => t(`problems.${problem.code}`, problem.params);
}

/** The sentence to show under a field, if its problem is to be shown now. */
export function useFieldProblem(field: string): string | undefined {
  const { problems, attempted } = useWizardState();
  const text = useProblemText();
  const problem = problems.find((p) => p.field === field && isVisibleProblem(p, attempted));
  return problem ? text(problem) : undefined;
}
