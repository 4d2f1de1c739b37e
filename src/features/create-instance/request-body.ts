import type { ServerCreateBody } from '../../api/schemas/server-create';
import { buildCreateServerBody, type CreateDraft, type VolumeChoice } from '../../domain/create-request';
import { draftProblems } from './draft-problems';
import { isEncryptedTypeName, type WizardCatalog, wizardFacts } from './wizard-facts';
import type { VolumeValues, WizardValues } from './wizard-values';

function volumeChoice(volume: VolumeValues, catalog: WizardCatalog, sizeGb: number): VolumeChoice {
  const encrypted = isEncryptedTypeName(volume.volumeType, catalog.volumeTypes) === true;
  return {
    volumeType: volume.volumeType,
    sizeGb,
    deleteOnTermination: volume.deleteOnTermination,
    encryption: encrypted ? { skmAppKey: volume.skmAppKey.trim(), skmKeyId: volume.skmKeyId.trim() } : undefined,
  };
}

/**
 * The exact POST /servers body for a draft without problems, or null while any remains. The review shows this
 * object and the submit sends the same object, so what is shown is what is sent.
 */
export function requestBodyOf(values: WizardValues, catalog: WizardCatalog): ServerCreateBody | null {
  const facts = wizardFacts(values, catalog);
  if (!facts.flavor || draftProblems(values, catalog, facts).length > 0) return null;
  const fixedRoot = facts.rootSize?.kind === 'fixed' ? facts.rootSize.sizeGb : null;
  const rootVolume: VolumeValues = fixedRoot === null ? values.root : { ...values.root, volumeType: '', deleteOnTermination: true };
  const draft: CreateDraft = {
    name: values.name,
    imageId: values.imageId.trim(),
    flavorId: values.flavorId,
    root: volumeChoice(rootVolume, catalog, fixedRoot ?? Number(values.root.sizeGb)),
    extraVolumes: values.extraVolumes.map((volume) => volumeChoice(volume, catalog, Number(volume.sizeGb))),
    nics: values.nics,
    securityGroups: values.securityGroups,
    keyName: values.keyName,
    count: Number(values.count),
    availabilityZone: values.availabilityZone === '' ? null : values.availabilityZone,
    metadata: values.metadata,
    userData: values.userData,
  };
  return buildCreateServerBody(draft, facts.flavor, catalog.profile);
}
