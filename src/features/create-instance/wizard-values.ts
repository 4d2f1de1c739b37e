import { z } from '../../lib/zod';
import type { OsType } from '../../domain/create-rules';

/** A NumberInput gives '' while empty; the rules (draft-problems.ts) say what is wrong with it. */
const numberOrEmpty = z.union([z.number(), z.literal('')]);

const volumeValuesSchema = z.object({
  /** A volume type *name*: the spec's `volume_type` takes the name. */
  volumeType: z.string(),
  sizeGb: numberOrEmpty,
  deleteOnTermination: z.boolean(),
  skmAppKey: z.string(),
  skmKeyId: z.string(),
});

const nicValuesSchema = z.object({
  /** `subnet`: an NHN VPC subnet; `network`: a Neutron network (uuid); `port`: an existing port. */
  kind: z.enum(['subnet', 'network', 'port']),
  id: z.string(),
  /** '' lets the cloud pick the address; never set for a port. */
  fixedIp: z.string(),
});

/**
 * The shape of the wizard's one form. Only types live here; every rule is in draft-problems.ts (which uses the
 * domain rules), so that the summary, the step badges and the field errors all say the same thing.
 */
export const wizardValuesSchema = z.object({
  imageId: z.string(),
  /** Only without an image service: the OS the typed image runs, so the Windows rules still apply. */
  manualOsType: z.enum(['linux', 'windows']),
  flavorId: z.string(),
  root: volumeValuesSchema,
  extraVolumes: z.array(volumeValuesSchema),
  /** One per network interface, in NIC order: the first carries the default gateway. */
  nics: z.array(nicValuesSchema),
  /** Names; none means the API adds `default`. */
  securityGroups: z.array(z.string()),
  keyName: z.string(),
  name: z.string(),
  count: numberOrEmpty,
  /** '' lets the API pick a zone. */
  availabilityZone: z.string(),
  metadata: z.array(z.object({ key: z.string(), value: z.string() })),
  userData: z.string(),
});

export type WizardValues = z.infer<typeof wizardValuesSchema>;
export type VolumeValues = WizardValues['root'];
export type NicValues = WizardValues['nics'][number];

export function emptyVolume(deleteOnTermination: boolean): VolumeValues {
  return { volumeType: '', sizeGb: '', deleteOnTermination, skmAppKey: '', skmKeyId: '' };
}

export const EMPTY_VALUES: WizardValues = {
  imageId: '',
  manualOsType: 'linux' satisfies OsType,
  flavorId: '',
  // Kept after the instance unless the user says otherwise, like every other disk: the spec's delete_on_termination
  // "Default value is false", which the simulated cloud applies too (docs/simulation-differences.md).
  root: emptyVolume(false),
  extraVolumes: [],
  nics: [],
  securityGroups: [],
  keyName: '',
  name: '',
  count: 1,
  availabilityZone: '',
  metadata: [],
  userData: '',
};
