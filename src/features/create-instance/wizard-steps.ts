import type { FieldPath } from 'react-hook-form';
import type { WizardValues } from './wizard-values';

/**
 * The provider console's order: the image first, because the flavors depend on it
 * (docs/nhn-cloud.md, "The console's create-instance order").
 */
export const STEPS = ['image', 'flavor', 'storage', 'network', 'securityGroups', 'keyPair', 'details', 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** What `trigger()` validates before Next. */
export const STEP_FIELDS: Record<StepId, Array<FieldPath<WizardValues>>> = {
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

/** The step a form field belongs to: `root.sizeGb` and `extraVolumes.1.volumeType` are storage. */
export function stepOfField(field: string): StepId {
  const top = field.split('.')[0] ?? '';
  const step = STEPS.find((id) => STEP_FIELDS[id].some((name) => name === top));
  return step ?? 'review';
}
