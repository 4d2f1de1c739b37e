import { isSameData } from '../../lib/same-data';
import type { DraftProblem } from './draft-problems';
import { STEP_FIELDS, STEPS, type StepId } from './wizard-steps';
import type { WizardValues } from './wizard-values';

/** A change that made choices in other steps invalid: what changed, and each choice it broke (with the reason). */
export interface Invalidation {
  id: number;
  cause: StepId;
  conflicts: DraftProblem[];
}

const sameProblem = (a: DraftProblem, b: DraftProblem) => a.field === b.field && a.code === b.code;

/** The steps whose values differ between two versions of the form. */
export function changedSteps(before: WizardValues, after: WizardValues): StepId[] {
  return STEPS.filter((step) => STEP_FIELDS[step].some((field) => !isSameData(before[field], after[field])));
}

/**
 * Conflicts that a change in one step created in another: a choice that was fine before and is refused now
 * (a 1 GB flavor once a Windows image is chosen). Empty choices ("missing") are not invalidated by anything.
 * A change in several steps at once (a draft restored, a reset) is not one choice, so it reports nothing.
 */
export function newConflicts(before: DraftProblem[], after: DraftProblem[], changed: StepId[]): DraftProblem[] {
  if (changed.length !== 1) return [];
  return after.filter((problem) => problem.kind === 'conflict' && !changed.includes(problem.step) && !before.some((old) => sameProblem(old, problem)));
}

/** Notices keep only the conflicts still there; a notice whose conflicts are all fixed goes away. */
export function stillOpen(notices: Invalidation[], current: DraftProblem[]): Invalidation[] {
  return notices
    .map((notice) => ({ ...notice, conflicts: notice.conflicts.filter((conflict) => current.some((problem) => sameProblem(problem, conflict))) }))
    .filter((notice) => notice.conflicts.length > 0);
}
