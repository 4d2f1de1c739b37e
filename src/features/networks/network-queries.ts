import { queryOptions } from '@tanstack/react-query';
import { listNetworks, listPorts, listSecurityGroups, listVpcSubnets } from '../../api/network';
import { hasService } from '../../api/session';

/** Every query of the Network service (Neutron, with NHN's VPC subnets) sits under `networkKeys.all`. */
export const networkKeys = {
  all: ['network'] as const,
  subnets: () => [...networkKeys.all, 'vpcsubnets'] as const,
  networks: () => [...networkKeys.all, 'networks'] as const,
  ports: () => [...networkKeys.all, 'ports'] as const,
  securityGroups: () => [...networkKeys.all, 'securityGroups'] as const,
};

const enabled = () => hasService('network');

/** A cloud without a network service in the token's catalog is not an error: `enabled` is false and the UI falls back. */
export const networkQueries = {
  /** NHN's VPC subnets: where the wizard places a new instance on NHN Cloud. */
  subnets: () => queryOptions({ queryKey: networkKeys.subnets(), queryFn: ({ signal }) => listVpcSubnets(signal), staleTime: 60_000, enabled: enabled() }),
  /** Neutron's networks (NHN lists its VPCs here too; its wizard uses the VPC subnets). */
  networks: () => queryOptions({ queryKey: networkKeys.networks(), queryFn: ({ signal }) => listNetworks(signal), staleTime: 60_000, enabled: enabled() }),
  /** Every port of the project; a new server may take one that no server uses. */
  ports: () => queryOptions({ queryKey: networkKeys.ports(), queryFn: ({ signal }) => listPorts({}, signal), staleTime: 30_000, enabled: enabled() }),
  securityGroups: () =>
    queryOptions({ queryKey: networkKeys.securityGroups(), queryFn: ({ signal }) => listSecurityGroups(signal), staleTime: 60_000, enabled: enabled() }),
};
