import type { StepId } from './wizard-steps';

/**
 * Which step a create error concerns, told from the server's message (Nova and the NHN guide word them; see
 * docs/nova-behaviour.md, "Errors of POST /servers"). The order matters: "Volume is smaller than the
 * minimum size specified in image metadata" is about storage, not the image. Null when it cannot be told.
 */
const RULES: Array<[RegExp, StepId]> = [
  [/block device mapping|volume|nhn_encryption|skm_|boot sequence|disk is smaller/i, 'storage'],
  // Cores and RAM are the flavor's (real Nova: "Quota exceeded for cores: Requested 32, but already used 0 of 20 cores"),
  // also where instances are over with them ("Quota exceeded for instances, ram: ...").
  [/flavor|memory is too small|\bu2\b|quota exceeded for [\w, ]*\b(cores|ram)\b/i, 'flavor'],
  [/image/i, 'image'],
  [/\bnetworks?\b|subnet|\bport\b|fixed.?ip|interface/i, 'network'],
  [/security group/i, 'securityGroups'],
  [/key_name|key ?pair/i, 'keyPair'],
  [/availability zone|metadata|user_data|min_count|max_count|quota exceeded for instances|'name'|\bname\b/i, 'details'],
];

/** Nova's schema errors name the field: "Invalid input for field/attribute <field>. Value: ...". */
const FIELD_STEPS: Record<string, StepId> = {
  name: 'details',
  metadata: 'details',
  user_data: 'details',
  availability_zone: 'details',
  min_count: 'details',
  max_count: 'details',
  key_name: 'keyPair',
  security_groups: 'securityGroups',
  networks: 'network',
  fixed_ip: 'network',
  port: 'network',
  imageRef: 'image',
  flavorRef: 'flavor',
  block_device_mapping_v2: 'storage',
  volume_size: 'storage',
  volume_type: 'storage',
  nhn_encryption: 'storage',
};

export function stepOfServerError(message: string | undefined): StepId | null {
  if (!message) return null;
  const field = /field\/attribute (\w+)/.exec(message)?.[1];
  if (field !== undefined && field in FIELD_STEPS) return FIELD_STEPS[field] ?? null;
  return RULES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}
