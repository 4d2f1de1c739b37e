/**
 * The simulated cloud's whole state. Plain JSON (numbers for times, no Maps, no classes) so that the
 * browser can keep it in sessionStorage and a test can save it mid-transition and restore it.
 */
import type { RandomSource } from './random';
import type { SimStep } from './engine/steps';

export const STATE_SCHEMA_VERSION = 3;

export interface SimState extends RandomSource {
  schemaVersion: number;
  /** `config.extraServers` the seed was made with; a different value means a new seed. */
  seedExtraServers: number;
  /**
   * What the extra servers of the seed hold (instances, cores, RAM): the project's quota grows by as much, as a real
   * project of that size has the quota for its servers, so a large demo fleet can still create.
   */
  fleetAllowance: { instances: number; cores: number; ram: number };
  requestCount: number;
  nextKeypairId: number;
  nextStepSeq: number;
  users: SimUser[];
  tenants: SimTenant[];
  tokens: SimToken[];
  flavors: SimFlavor[];
  zones: string[];
  images: SimImage[];
  keypairs: SimKeypair[];
  vpcs: SimVpc[];
  subnets: SimSubnet[];
  ports: SimPort[];
  floatingIps: SimFloatingIp[];
  securityGroups: SimSecurityGroup[];
  volumeTypes: SimVolumeType[];
  volumes: SimVolume[];
  /** Every server ever created, deleted ones included (`deleted: true`): only `changes-since` shows those. */
  servers: SimServer[];
  /** Timed steps of running tasks, ordered by (at, seq). */
  schedule: SimStep[];
  /** Nova's instance action log: one record per action the API carried out on a server, in the order they came. */
  instanceActions: SimInstanceAction[];
}

export interface SimUser {
  id: string;
  name: string;
  password: string;
  tenantIds: string[];
}

export interface SimTenant {
  id: string;
  name: string;
}

export interface SimToken {
  id: string;
  userId: string;
  tenantId: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface SimFlavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  extraSpecs: Record<string, string>;
}

export interface SimImage {
  id: string;
  name: string;
  status: 'queued' | 'saving' | 'active' | 'killed' | 'deleted' | 'pending_delete';
  visibility: 'public' | 'private' | 'shared' | 'community';
  owner: string;
  minDisk: number;
  minRam: number;
  size: number | null;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  /** Custom properties, flattened to top-level keys in the Glance v2 view. */
  properties: Record<string, string>;
}

export interface SimKeypair {
  id: number;
  name: string;
  userId: string;
  publicKey: string;
  fingerprint: string;
  createdAt: number;
}

export interface SimVpc {
  id: string;
  name: string;
  tenantId: string;
  cidr: string;
  external: boolean;
  shared: boolean;
  createdAt: number;
}

export interface SimSubnet {
  id: string;
  name: string;
  vpcId: string;
  tenantId: string;
  cidr: string;
  gateway: string;
  /** Id of the internet gateway of the subnet's routing table, or null. */
  internetGatewayId: string | null;
  routingTableId: string;
  createdAt: number;
}

export interface SimPort {
  id: string;
  name: string;
  tenantId: string;
  networkId: string;
  subnetId: string;
  ip: string;
  mac: string;
  deviceId: string;
  deviceOwner: string;
  securityGroupIds: string[];
  /** Ports the user made before the server (`networks[].port`) survive the server's deletion. */
  preexisting: boolean;
  createdAt: number;
}

export interface SimFloatingIp {
  id: string;
  tenantId: string;
  address: string;
  portId: string | null;
  createdAt: number;
}

export interface SimSecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string;
}

export interface SimSecurityGroup {
  id: string;
  name: string;
  description: string;
  tenantId: string;
  rules: SimSecurityGroupRule[];
}

export interface SimVolumeType {
  id: string;
  name: string;
  description: string;
  extraSpecs: Record<string, string>;
}

export interface SimVolumeAttachment {
  serverId: string;
  attachmentId: string;
  device: string;
  attachedAt: number;
  /** The server's block-device-mapping flags for this volume. */
  bootIndex: number | null;
  deleteOnTermination: boolean;
}

export interface SimVolume {
  id: string;
  name: string;
  description: string | null;
  size: number;
  status: string;
  volumeType: string;
  availabilityZone: string;
  bootable: boolean;
  encryption: { skmAppkey: string; skmKeyId: string } | null;
  attachment: SimVolumeAttachment | null;
  imageMetadata: Record<string, string> | null;
  tenantId: string;
  userId: string;
  createdAt: number;
  updatedAt: number;
}

export interface SimFault {
  code: number;
  message: string;
  createdAt: number;
}

export interface SimServer {
  id: string;
  name: string;
  tenantId: string;
  userId: string;
  flavorId: string;
  /** '' when the server was not booted from an image reference (Nova shows `"image": ""`). */
  imageId: string;
  /** 'local' for image-backed roots on the hypervisor's disk (U2, GPU), 'volume' for volume-backed. */
  rootKind: 'local' | 'volume';
  keyName: string | null;
  vmState: string;
  taskState: string | null;
  powerState: number;
  progress: number;
  host: string | null;
  availabilityZone: string;
  createdAt: number;
  updatedAt: number;
  launchedAt: number | null;
  terminatedAt: number | null;
  deleted: boolean;
  /** False until the networking step: Nova shows `addresses: {}` and no security groups before it. */
  networkReady: boolean;
  metadata: Record<string, string>;
  fault: SimFault | null;
  reservationId: string;
  /**
   * Set while a resize runs: the flavor to switch to and the vm_state to return to; `decided` once confirmResize
   * or revertResize was accepted (Nova's migration is then no longer `finished`: a second one gets 400).
   */
  resize: { oldFlavorId: string; newFlavorId: string; returnTo: 'active' | 'stopped'; decided?: 'confirm' | 'revert' } | null;
}

/** One step of an action, as the service that runs it records it (`compute_stop_instance`). */
export interface SimActionEvent {
  event: string;
  startTime: number;
  /** null while it runs. */
  finishTime: number | null;
  result: 'Success' | 'Error' | null;
  traceback: string | null;
}

export interface SimInstanceAction {
  /** Nova's action name: `create`, `stop`, `attach_volume`, `confirmResize`... */
  action: string;
  serverId: string;
  /** The `x-openstack-request-id` of the request that started it. */
  requestId: string;
  userId: string;
  projectId: string;
  startTime: number;
  updatedAt: number;
  /** "Error" once an event failed, as Nova sets it; null otherwise. */
  message: string | null;
  /** Set for attach_volume / detach_volume: the volume whose step finishes the action. */
  volumeId?: string;
  events: SimActionEvent[];
}
