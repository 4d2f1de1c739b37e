/**
 * Which problems block a wizard step: this file is the whole answer. Each step's rules (STEP_RULES, below) find
 * its problems; every problem keeps the user on its step (Next) and keeps Create from sending. Nothing else
 * validates the form: the wizard has no resolver, it computes these problems once per change and gates on them.
 * When a problem shows is here too (`isShown`).
 */
import type { FieldPath } from 'react-hook-form';
import {
  countProblem,
  encryptionProblems,
  extraVolumeSizeProblem,
  flavorProblems,
  MAX_INSTANCE_COUNT,
  MAX_NAME_LENGTH,
  MAX_USER_DATA_BYTES,
  metadataProblems,
  MIN_ROOT_GB,
  nameLimit,
  nameProblem,
  rootSizeProblem,
  userDataEncodedBytes,
} from '../../domain/create-rules';
import type { CloudProfile } from '../../api/session';
import { ruleApplies } from '../../domain/cloud-profile';
import { isFixedIp, type NicKind, nicKindAllowed, networkNicKind, nicProblems } from '../../domain/nic-rules';
import { formatRam } from '../../lib/format-ram';
import { ipInCidr } from './prefill-from-server';
import { type CatalogList, type ChosenFlavor, type ChosenImage, isEncryptedTypeName, type WizardCatalog, type WizardFacts, wizardFacts } from './wizard-facts';
import type { ProblemCode, ProblemParams } from './problem-codes';
import { CHOICE_STEPS, type ChoiceStep, type StepId } from './wizard-steps';
import type { VolumeValues, WizardValues } from './wizard-values';

export interface DraftProblem {
  field: FieldPath<WizardValues>;
  step: StepId;
  code: ProblemCode;
  params: ProblemParams;
  /** `missing`: nothing chosen yet. `conflict`: a value that the rules (or another choice) refuse. */
  kind: 'missing' | 'conflict';
}

type Add = (field: FieldPath<WizardValues>, code: ProblemCode, params?: ProblemParams, kind?: DraftProblem['kind']) => void;

/** What the rules judge: the form's values, the lists the cloud gave, and what follows from the two. */
interface Draft {
  values: WizardValues;
  catalog: WizardCatalog;
  facts: WizardFacts;
}

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** Why a flavor cannot run the chosen image, as problem codes with the values their sentences name. */
export function flavorIssues(flavor: ChosenFlavor, image: ChosenImage | null, profile: CloudProfile): Array<{ code: ProblemCode; params: ProblemParams }> {
  const base = { flavor: flavor.name, ram: formatRam(flavor.ram), disk: flavor.disk, vcpus: flavor.vcpus, image: image?.name ?? '' };
  return flavorProblems(flavor, image, profile).map((problem) => {
    switch (problem.code) {
      case 'windows-ram':
        return { code: 'windowsRam', params: { ...base, min: formatRam(problem.minRamMb) } };
      case 'windows-u2':
        return { code: 'windowsU2', params: base };
      case 'image-min-ram':
        return { code: 'imageMinRam', params: { ...base, min: formatRam(problem.minRamMb) } };
      case 'image-min-disk':
        return { code: 'imageMinDisk', params: { ...base, min: problem.minDiskGb } };
      case 'image-min-cpu':
        return { code: 'imageMinCpu', params: { ...base, min: problem.minCpu } };
      case 'image-max-cpu':
        return { code: 'imageMaxCpu', params: { ...base, max: problem.maxCpu } };
      case 'gpu-image':
        return { code: 'gpuImage', params: base };
      case 'disabled':
        return { code: 'flavorDisabled', params: base };
    }
  });
}

function image({ values, facts }: Draft, add: Add): void {
  if (facts.imageLookup === 'none') add('imageId', 'imageRequired', {}, 'missing');
  if (facts.imageLookup === 'missing') add('imageId', 'imageMissing', { id: values.imageId });
  if (facts.imageLookup === 'manual' && !UUID_LIKE.test(values.imageId.trim())) add('imageId', 'imageIdFormat', { id: values.imageId });
}

function flavor({ values, facts }: Draft, add: Add): void {
  if (facts.flavorLookup === 'none') add('flavorId', 'flavorRequired', {}, 'missing');
  if (facts.flavorLookup === 'missing') add('flavorId', 'flavorMissing', { id: values.flavorId });
  if (!facts.flavor) return;
  for (const issue of flavorIssues(facts.flavor, facts.image, facts.profile)) add('flavorId', issue.code, issue.params);
}

type VolumePrefix = 'root' | `extraVolumes.${number}`;

function volumeType(prefix: VolumePrefix, volume: VolumeValues, catalog: WizardCatalog, add: Add): void {
  // Plain OpenStack: no type is Cinder's default type.
  if (volume.volumeType === '') {
    if (ruleApplies('volumeTypeChoice', catalog.profile)) add(`${prefix}.volumeType`, 'volumeTypeRequired', {}, 'missing');
  } else if (Array.isArray(catalog.volumeTypes) && !catalog.volumeTypes.some((t) => t.name === volume.volumeType)) {
    add(`${prefix}.volumeType`, 'volumeTypeMissing', { type: volume.volumeType });
  }
}

function encryptionKeys(prefix: VolumePrefix, volume: VolumeValues, catalog: WizardCatalog, add: Add): void {
  const encrypted = isEncryptedTypeName(volume.volumeType, catalog.volumeTypes) === true;
  for (const field of encryptionProblems(encrypted, volume)) {
    add(`${prefix}.${field}`, field === 'skmAppKey' ? 'skmAppKeyRequired' : 'skmKeyIdRequired', { type: volume.volumeType }, 'missing');
  }
}

function rootSize(values: WizardValues, facts: WizardFacts, add: Add): void {
  const range = facts.rootSize;
  const size = values.root.sizeGb;
  if (size === '') return add('root.sizeGb', 'sizeRequired', {}, 'missing');
  if (!range || range.kind === 'fixed') return;
  const problem = rootSizeProblem(size, range);
  if (problem?.code === 'not-integer') add('root.sizeGb', 'sizeNotInteger', { size });
  if (problem?.code === 'too-large') add('root.sizeGb', 'sizeTooLarge', { size, max: problem.maxGb });
  if (problem?.code === 'too-small') {
    // Say which rule sets the minimum: the image's own min_disk, the OS (NHN Cloud), or the smallest volume.
    const nhnSizes = ruleApplies('rootDiskSizes', facts.profile);
    const ruleMin = nhnSizes ? MIN_ROOT_GB[facts.osType] : 1;
    if (problem.minGb > ruleMin) add('root.sizeGb', 'rootTooSmallImage', { size, min: problem.minGb, image: facts.image?.name ?? '' });
    else if (!nhnSizes) add('root.sizeGb', 'volumeTooSmall', { size, min: problem.minGb });
    else add('root.sizeGb', facts.osType === 'windows' ? 'rootTooSmallWindows' : 'rootTooSmallLinux', { size, min: problem.minGb });
  }
}

function extraVolumeSize(prefix: `extraVolumes.${number}`, volume: VolumeValues, add: Add): void {
  if (volume.sizeGb === '') return add(`${prefix}.sizeGb`, 'sizeRequired', {}, 'missing');
  const problem = extraVolumeSizeProblem(volume.sizeGb);
  if (problem?.code === 'not-integer') add(`${prefix}.sizeGb`, 'sizeNotInteger', { size: volume.sizeGb });
  if (problem?.code === 'too-small') add(`${prefix}.sizeGb`, 'volumeTooSmall', { size: volume.sizeGb, min: problem.minGb });
  if (problem?.code === 'too-large') add(`${prefix}.sizeGb`, 'sizeTooLarge', { size: volume.sizeGb, max: problem.maxGb });
}

function storage({ values, catalog, facts }: Draft, add: Add): void {
  // U2 (and GPU with a local disk): the flavor decides the root disk, nothing is asked.
  if (facts.rootSize?.kind !== 'fixed') {
    volumeType('root', values.root, catalog, add);
    rootSize(values, facts, add);
    encryptionKeys('root', values.root, catalog, add);
  }
  values.extraVolumes.forEach((volume, index) => {
    const prefix = `extraVolumes.${index}` as const;
    volumeType(prefix, volume, catalog, add);
    extraVolumeSize(prefix, volume, add);
    encryptionKeys(prefix, volume, catalog, add);
  });
}

/** The ids of one kind of NIC that the cloud's list (once loaded) no longer has. */
function goneIds(nics: WizardValues['nics'], kind: NicKind, list: CatalogList<{ id: string }>): string[] {
  if (!Array.isArray(list)) return [];
  return nics.filter((nic) => nic.kind === kind && !list.some((item) => item.id === nic.id)).map((nic) => nic.id);
}

function network({ values, catalog }: Draft, add: Add): void {
  const { nics } = values;
  const count = typeof values.count === 'number' ? values.count : 1;
  for (const problem of nicProblems(nics, count, catalog.profile)) {
    if (problem.code === 'none') add('nics', networkNicKind(catalog.profile) === 'subnet' ? 'subnetRequired' : 'networkRequired', {}, 'missing');
    if (problem.code === 'kind-unsupported') add('nics', 'nicKindUnsupported', { id: nics[problem.index]?.id ?? '' });
    if (problem.code === 'fixed-ip-format') add(`nics.${problem.index}.fixedIp`, 'fixedIpFormat', { ip: nics[problem.index]?.fixedIp ?? '' });
    if (problem.code === 'port-fixed-ip') add(`nics.${problem.index}.fixedIp`, 'portFixedIp', {});
    if (problem.code === 'duplicate-port') add('nics', 'portDuplicate', { id: nics[problem.index]?.id ?? '' });
    if (problem.code === 'single-instance') add('nics', 'nicSingleInstance', { count: problem.count });
  }
  const missing: Array<[NicKind, CatalogList<{ id: string }>, ProblemCode]> = [
    ['subnet', catalog.subnets, 'subnetMissing'],
    ['network', catalog.networks, 'networkMissing'],
    ['port', catalog.freePorts, 'portMissing'],
  ];
  for (const [kind, list, code] of missing) {
    const gone = goneIds(nics, kind, list);
    if (gone.length > 0) add('nics', code, { ids: gone.join(', ') });
  }
  // Typed by hand (no network service to list them): Nova wants a uuid ("Bad networks format").
  const listOfKind = (kind: NicKind) => (kind === 'subnet' ? catalog.subnets : kind === 'network' ? catalog.networks : catalog.freePorts);
  const typed = nics.filter((nic) => nicKindAllowed(nic.kind, catalog.profile) && listOfKind(nic.kind) === 'unavailable');
  const malformed = typed.filter((nic) => !UUID_LIKE.test(nic.id)).map((nic) => nic.id);
  if (malformed.length > 0) add('nics', 'nicIdFormat', { ids: malformed.join(', ') });
  nics.forEach((nic, index) => {
    const subnet = nic.kind === 'subnet' && Array.isArray(catalog.subnets) ? catalog.subnets.find((s) => s.id === nic.id) : undefined;
    if (subnet && nic.fixedIp !== '' && isFixedIp(nic.fixedIp) && !ipInCidr(nic.fixedIp, subnet.cidr)) {
      add(`nics.${index}.fixedIp`, 'fixedIpOutsideSubnet', { ip: nic.fixedIp, subnet: subnet.name || subnet.id, cidr: subnet.cidr });
    }
  });
}

function securityGroups({ values, catalog }: Draft, add: Add): void {
  if (!Array.isArray(catalog.securityGroups)) return;
  const groups = catalog.securityGroups;
  const gone = values.securityGroups.filter((name) => !groups.some((g) => g.name === name));
  if (gone.length > 0) add('securityGroups', 'securityGroupMissing', { names: gone.join(', ') });
}

function keyPair({ values, catalog }: Draft, add: Add): void {
  if (values.keyName === '') add('keyName', 'keyRequired', {}, 'missing');
  else if (Array.isArray(catalog.keyPairs) && !catalog.keyPairs.some((k) => k.name === values.keyName)) {
    add('keyName', 'keyMissing', { name: values.keyName });
  }
}

function details({ values, catalog, facts }: Draft, add: Add): void {
  const count = values.count === '' ? Number.NaN : values.count;
  const validCount = Number.isInteger(count) && count >= 1 ? Math.min(count, MAX_INSTANCE_COUNT) : 1;
  const name = nameProblem(values.name, facts.osType, validCount, facts.profile);
  const length = values.name.length;
  if (name?.code === 'empty') add('name', 'nameRequired', {}, 'missing');
  // A space would be invisible in the sentence: it shows as ␣.
  if (name?.code === 'characters') add('name', 'nameCharacters', { invalid: [...name.invalid].map((ch) => (ch === ' ' ? '␣' : ch)).join(' ') });
  if (name?.code === 'too-long') {
    const limit = nameLimit(facts.osType, facts.profile);
    if (name.max < limit) add('name', 'nameTooLongSuffix', { length, max: name.max, limit, count: validCount });
    else add('name', limit < MAX_NAME_LENGTH.linux ? 'nameTooLongWindows' : 'nameTooLong', { length, max: name.max });
  }
  if (countProblem(count, count)) add('count', 'countRange', { max: MAX_INSTANCE_COUNT });
  if (values.availabilityZone !== '' && Array.isArray(catalog.zones)) {
    const zone = catalog.zones.find((z) => z.zoneName === values.availabilityZone);
    if (!zone?.zoneState.available) add('availabilityZone', 'zoneMissing', { zone: values.availabilityZone });
  }
  for (const problem of metadataProblems(values.metadata)) {
    const at = `metadata.${problem.index}` as const;
    if (problem.code === 'key-empty') add(`${at}.key`, 'metadataKeyRequired', {}, 'missing');
    if (problem.code === 'key-characters') add(`${at}.key`, 'metadataKeyCharacters', {});
    if (problem.code === 'key-too-long') add(`${at}.key`, 'metadataKeyTooLong', { max: problem.max });
    if (problem.code === 'duplicate-key') add(`${at}.key`, 'metadataDuplicate', {});
    if (problem.code === 'value-too-long') add(`${at}.value`, 'metadataValueTooLong', { max: problem.max });
    if (problem.code === 'too-many') add(`${at}.key`, 'metadataTooMany', { max: problem.max, count: values.metadata.length });
  }
  const bytes = userDataEncodedBytes(values.userData);
  if (bytes > MAX_USER_DATA_BYTES) add('userData', 'userDataTooLarge', { bytes, max: MAX_USER_DATA_BYTES });
}

/**
 * The rules of each step. Within a step they run in the order of its fields on screen: Next focuses the first
 * problem's field.
 */
const STEP_RULES: Record<ChoiceStep, (draft: Draft, add: Add) => void> = { image, flavor, storage, network, securityGroups, keyPair, details };

/**
 * Every problem of a draft, in step order. The wizard computes them once per change; the fields, the stepper,
 * the summary, the review and the invalidation notices (invalidations.ts) all read this one list.
 */
export function draftProblems(values: WizardValues, catalog: WizardCatalog, facts = wizardFacts(values, catalog)): DraftProblem[] {
  const problems: DraftProblem[] = [];
  for (const step of CHOICE_STEPS) {
    STEP_RULES[step]({ values, catalog, facts }, (field, code, params = {}, kind = 'conflict') => problems.push({ field, step, code, params, kind }));
  }
  return problems;
}

/** What keeps the user on a step: every problem of it, missing or conflict. On the review, every problem keeps Create from sending. */
export function blockingProblems(problems: readonly DraftProblem[], step: StepId): DraftProblem[] {
  return problems.filter((problem) => step === 'review' || problem.step === step);
}

/** What the form knows of the user's attempts: react-hook-form's own submitted and touched state. */
export interface Attempts {
  /** Create was pressed. */
  isSubmitted: boolean;
  /** The user left the field, or pressed Next on its step (which touches the fields of its problems). */
  isTouched: (field: FieldPath<WizardValues>) => boolean;
}

/** A conflict shows at once; a choice not made yet only once the user left its field, tried to go on, or pressed Create. */
export function isShown(problem: DraftProblem, attempts: Attempts): boolean {
  return problem.kind === 'conflict' || attempts.isSubmitted || attempts.isTouched(problem.field);
}
