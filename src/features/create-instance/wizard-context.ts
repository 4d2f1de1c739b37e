import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftProblem } from './draft-problems';
import type { ProblemCode, ProblemParams } from './problem-codes';
import type { WizardQueries } from './use-wizard-catalog';
import type { WizardCatalog, WizardFacts } from './wizard-facts';
import type { StepId } from './wizard-steps';

export interface WizardState {
  catalog: WizardCatalog;
  queries: WizardQueries;
  facts: WizardFacts;
  /** Every problem of the draft (draft-problems.ts): the review lists them all, the summary counts them. */
  problems: DraftProblem[];
  /** The problems to show now (draft-problems.ts, `isShown`): beside their fields, in the summary and the stepper. */
  shown: DraftProblem[];
  goTo: (step: StepId) => void;
}

export const WizardStateContext = createContext<WizardState | null>(null);

export function useWizardState(): WizardState {
  const state = useContext(WizardStateContext);
  if (!state) throw new Error('useWizardState must be used inside the create-instance wizard.');
  return state;
}

/** A problem's sentence, translated where it is shown: switching the language re-words the problems on screen. */
export function useProblemText(): (problem: { code: ProblemCode; params: ProblemParams }) => string {
  const { t } = useTranslation('wizard');
  return (problem) => t(`problems.${problem.code}`, problem.params);
}

/** The sentence to show under a field, if its problem is to be shown now. */
export function useFieldProblem(field: string): string | undefined {
  const { shown } = useWizardState();
  const text = useProblemText();
  const problem = shown.find((p) => p.field === field);
  return problem ? text(problem) : undefined;
}
