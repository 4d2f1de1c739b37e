import type { WizardValues } from './wizard-values';

/**
 * The provider console's order: the image first, because the flavors depend on it
 * (docs/nhn-cloud.md, "The console's create-instance order").
 */
export const STEPS = ['image', 'flavor', 'storage', 'network', 'securityGroups', 'keyPair', 'details', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** The steps that hold choices: all but the review. */
export type ChoiceStep = Exclude<StepId, 'review'>;
export const CHOICE_STEPS = STEPS.filter((step): step is ChoiceStep => step !== 'review');

/** The form's fields, by the step that asks for them: a change to one of them is a change of its step (invalidations.ts). */
export const STEP_FIELDS: Record<StepId, Array<keyof WizardValues>> = {
  image: ['imageId', 'manualOsType'],
  flavor: ['flavorId'],
  storage: ['root', 'extraVolumes'],
  network: ['nics'],
  securityGroups: ['securityGroups'],
  keyPair: ['keyName'],
  details: ['name', 'count', 'availabilityZone', 'metadata', 'userData'],
  review: [],
};

export function isStepId(value: string | null | undefined): value is StepId {
  return (STEPS as readonly string[]).includes(value ?? '');
}

export function stepIndex(step: StepId): number {
  return STEPS.indexOf(step);
}
