import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import type { VolumeType } from '../../api/schemas/block-storage';
import type { Flavor } from '../../api/schemas/flavor';
import type { Image } from '../../api/schemas/image';
import type { KeyPairSummary } from '../../api/schemas/keypair';
import type { Network, Port, SecurityGroup, VpcSubnet } from '../../api/schemas/network';
import { currentProfile, hasService, type ServiceName } from '../../api/session';
import { ruleApplies } from '../../domain/cloud-profile';
import { isFreePort } from '../../domain/nic-rules';
import { flavorQueries } from '../flavors/flavor-queries';
import { keyPairQueries } from '../key-pairs/key-pair-queries';
import { imageQueries } from '../images/image-queries';
import { networkQueries } from '../networks/network-queries';
import { volumeQueries } from '../volumes/volume-queries';
import { zoneQueries } from '../zones/zone-queries';
import type { CatalogList, WizardCatalog } from './wizard-facts';

export interface WizardQueries {
  images: UseQueryResult<Image[]>;
  flavors: UseQueryResult<Flavor[]>;
  volumeTypes: UseQueryResult<VolumeType[]>;
  subnets: UseQueryResult<VpcSubnet[]>;
  networks: UseQueryResult<Network[]>;
  ports: UseQueryResult<Port[]>;
  securityGroups: UseQueryResult<SecurityGroup[]>;
  keyPairs: UseQueryResult<KeyPairSummary[]>;
  zones: UseQueryResult<AvailabilityZone[]>;
}

/** `offered`: false for a list of the other cloud profile (NHN's VPC subnets on plain OpenStack, and back). */
function listOf<T>(data: T[] | undefined, service?: ServiceName, offered = true): CatalogList<T> {
  // A service missing from the token's catalog is no error: the step falls back to typing an id.
  if (!offered || (service && !hasService(service))) return 'unavailable';
  return data ?? null;
}

/** Every list the wizard shows or checks against, shared with the other pages through their query factories. */
export function useWizardCatalog(): { catalog: WizardCatalog; queries: WizardQueries } {
  const profile = currentProfile();
  // NHN Cloud: the VPC subnets (`subnet` NICs); plain OpenStack: Neutron's networks (`uuid` NICs).
  const vpc = ruleApplies('vpcSubnets', profile);
  const queries: WizardQueries = {
    images: useQuery(imageQueries.list()),
    flavors: useQuery(flavorQueries.detail()),
    volumeTypes: useQuery(volumeQueries.types()),
    subnets: useQuery({ ...networkQueries.subnets(), enabled: hasService('network') && vpc }),
    networks: useQuery({ ...networkQueries.networks(), enabled: hasService('network') && !vpc }),
    ports: useQuery(networkQueries.ports()),
    securityGroups: useQuery(networkQueries.securityGroups()),
    keyPairs: useQuery(keyPairQueries.list()),
    zones: useQuery(zoneQueries.list()),
  };
  const { images, flavors, volumeTypes, subnets, networks, ports, securityGroups, keyPairs, zones } = queries;
  const catalog = useMemo<WizardCatalog>(
    () => ({
      profile,
      images: listOf(images.data, 'image'),
      flavors: listOf(flavors.data),
      volumeTypes: listOf(volumeTypes.data, 'volume'),
      subnets: listOf(subnets.data, 'network', vpc),
      networks: listOf(networks.data, 'network', !vpc),
      freePorts: listOf(ports.data?.filter(isFreePort), 'network'),
      securityGroups: listOf(securityGroups.data, 'network'),
      keyPairs: listOf(keyPairs.data),
      zones: listOf(zones.data),
    }),
    [profile, vpc, images.data, flavors.data, volumeTypes.data, subnets.data, networks.data, ports.data, securityGroups.data, keyPairs.data, zones.data],
  );
  return { catalog, queries };
}
