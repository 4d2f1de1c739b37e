import { queryOptions } from '@tanstack/react-query';
import { listVolumesDetail, listVolumeTypes } from '../../api/block-storage';
import { listImages } from '../../api/images';
import { listNetworks, listPorts, listSecurityGroups, listVpcSubnets } from '../../api/network';
import { hasService } from '../../api/session';

/**
 * The other NHN Cloud services the wizard and the instance dialogs read (Image, Network, Block Storage).
 * A service missing from the token's catalog is not an error: `enabled` is false and the UI falls back.
 */
export const resourceKeys = {
  images: () => ['images', 'list'] as const,
  subnets: () => ['network', 'vpcsubnets'] as const,
  networks: () => ['network', 'networks'] as const,
  ports: () => ['network', 'ports'] as const,
  securityGroups: () => ['network', 'securityGroups'] as const,
  volumeTypes: () => ['volumes', 'types'] as const,
  volumes: () => ['volumes', 'detail'] as const,
};

export const resourceQueries = {
  /** Every image visible to the project, all pages. */
  images: () =>
    queryOptions({
      queryKey: resourceKeys.images(),
      queryFn: async ({ signal }) => (await listImages({ all: true, status: 'active', limit: 1000 }, signal)).items,
      staleTime: 5 * 60_000,
      enabled: hasService('image'),
    }),
  subnets: () =>
    queryOptions({ queryKey: resourceKeys.subnets(), queryFn: ({ signal }) => listVpcSubnets(signal), staleTime: 60_000, enabled: hasService('network') }),
  /** Neutron's networks (NHN lists its VPCs here too; its wizard uses the VPC subnets). */
  networks: () =>
    queryOptions({ queryKey: resourceKeys.networks(), queryFn: ({ signal }) => listNetworks(signal), staleTime: 60_000, enabled: hasService('network') }),
  /** Every port of the project; a new server may take one that no server uses. */
  ports: () => queryOptions({ queryKey: resourceKeys.ports(), queryFn: ({ signal }) => listPorts({}, signal), staleTime: 30_000, enabled: hasService('network') }),
  securityGroups: () =>
    queryOptions({
      queryKey: resourceKeys.securityGroups(),
      queryFn: ({ signal }) => listSecurityGroups(signal),
      staleTime: 60_000,
      enabled: hasService('network'),
    }),
  volumeTypes: () =>
    queryOptions({
      queryKey: resourceKeys.volumeTypes(),
      queryFn: ({ signal }) => listVolumeTypes(signal),
      staleTime: 5 * 60_000,
      enabled: hasService('volume'),
    }),
  volumes: () =>
    queryOptions({ queryKey: resourceKeys.volumes(), queryFn: ({ signal }) => listVolumesDetail({}, signal), enabled: hasService('volume') }),
};
