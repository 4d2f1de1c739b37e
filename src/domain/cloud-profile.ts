/**
 * One console for NHN Cloud and for any OpenStack cloud: NHN adds its own conventions to Nova's API, and each of
 * them applies under the `nhn` profile only (docs/cloud-profiles.md). The session carries the profile; it is
 * decided at sign-in from what the cloud shows.
 */
import type { CloudProfile } from '../api/session';

export type { CloudProfile };

export interface ProfileRule {
  /** The profiles the rule applies under. */
  profiles: readonly CloudProfile[];
  /** The sentence (spec, NHN guide or Nova) the rule comes from. */
  source: string;
}

const NHN: readonly CloudProfile[] = ['nhn'];
const OPENSTACK: readonly CloudProfile[] = ['openstack'];

/** Every rule that holds on one kind of cloud only. The rules themselves live beside their subject. */
export const PROFILE_RULES = {
  windowsLimits: {
    profiles: NHN,
    source:
      'Spec, Create Instance: "Windows instances have the following additional restrictions": at least 2GB RAM, 50 GB root, "U2 flavor instances cannot use Windows images", "max 15 characters for Windows images".',
  },
  rootDiskSizes: {
    profiles: NHN,
    source: 'Spec: "The root block storage size that can be specified is 10GB for Linux and 50GB for Windows."; console guide: at most 2000 GB.',
  },
  flavorFamilies: {
    profiles: NHN,
    source:
      'Spec, block_device_mapping_v2: "Must be specified for any instance flavors other than U2 flavor which uses local block storage"; destination_type "local: For GPU and U2 instance flavors". Flavor families are told by name (u2., g2., ...); GPU images need GPU flavors.',
  },
  flavorDiskRoot: {
    profiles: OPENSTACK,
    source: 'Nova: a flavor with a disk boots the image on that local disk; otherwise 403 "Only volume-backed servers are allowed for flavors with zero disk."',
  },
  volumeTypeChoice: {
    profiles: NHN,
    source: "NHN's console asks for a block storage type (HDD, SSD, encrypted). The spec's volume_type is optional: without one, Cinder uses its default type.",
  },
  resizeFamilies: {
    profiles: NHN,
    source: 'NHN console guide, Modify Flavor: m2, c2, r2, t2 and x1 change among themselves, none to u2, u2 not at all; GPU flavors only among themselves.',
  },
  shelveGpu: { profiles: NHN, source: 'NHN console guide: "GPU instances cannot be terminated (shelved)".' },
  createImageU2Only: { profiles: NHN, source: 'Spec, Create Instance Image: "Only U2 flavor instances can create images via this API."' },
  vpcSubnets: {
    profiles: NHN,
    source:
      'NHN VPC API: GET /v2.0/vpcsubnets; spec: server.networks.subnet "Subnet ID within network to create instance". Upstream Nova ignores `subnet` and answers 400 "Bad network format: missing \'uuid\'".',
  },
  neutronNetworks: {
    profiles: OPENSTACK,
    source: 'Nova: networks is a list of {uuid | port, fixed_ip}; GET /v2.0/networks lists the networks an instance can join.',
  },
  availableImageTag: {
    profiles: NHN,
    source: 'NHN Image API, tags: an image whose `_AVAILABLE_` tag is deleted "is no longer shown in the console".',
  },
  automaticResizeConfirmation: {
    profiles: NHN,
    source: 'NHN confirms a resize by itself; upstream Nova waits in VERIFY_RESIZE for confirmResize or revertResize.',
  },
} as const satisfies Record<string, ProfileRule>;

export type ProfileRuleId = keyof typeof PROFILE_RULES;

export function ruleApplies(rule: ProfileRuleId, profile: CloudProfile): boolean {
  return PROFILE_RULES[rule].profiles.includes(profile);
}

/** NHN Cloud's API hosts, and the `cloud.toast.com` ones of before its rename (docs/cloud-profiles.md). */
const NHN_HOST = /(^|\.)(nhncloudservice\.com|cloud\.toast\.com)$/i;

export function isNhnCloudUrl(url: string): boolean {
  try {
    return NHN_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * What GET {network}/v2.0/vpcsubnets gave: `listed` is a 200 with at least one subnet (every NHN project sees
 * its Default Network and the shared public_network). An empty list proves nothing: a stand-in that answers any
 * unknown list with `[]` is no NHN Cloud.
 */
export type VpcSubnetProbe = 'listed' | 'empty' | 'failed' | 'not-asked';

export interface ProfileEvidence {
  /** The upstream URLs of the session: its identity service (when one issued the token) and its endpoints. */
  urls: readonly string[];
  vpcSubnets: VpcSubnetProbe;
}

/** True when the URLs alone settle it (an NHN Cloud host), so the network service need not be asked. */
export function urlsShowNhnCloud(urls: readonly string[]): boolean {
  return urls.some(isNhnCloudUrl);
}

/** NHN Cloud when its hosts or its VPC API show; any other cloud is plain OpenStack. */
export function detectCloudProfile({ urls, vpcSubnets }: ProfileEvidence): CloudProfile {
  if (urlsShowNhnCloud(urls)) return 'nhn';
  return vpcSubnets === 'listed' ? 'nhn' : 'openstack';
}
