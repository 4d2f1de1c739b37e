import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AvailabilityZone } from '../../api/schemas/availability-zone';
import type { VolumeType } from '../../api/schemas/block-storage';
import type { Flavor } from '../../api/schemas/flavor';
import type { Image } from '../../api/schemas/image';
import type { KeyPairSummary } from '../../api/schemas/keypair';
import type { SecurityGroup, VpcSubnet } from '../../api/schemas/network';
import { hasService, type ServiceName } from '../../api/session';
import { flavorQueries } from '../flavors/flavor-queries';
import { keyPairQueries } from '../key-pairs/key-pair-queries';
import { resourceQueries } from '../resources/resource-queries';
import { zoneQueries } from '../zones/zone-queries';
import type { CatalogList, WizardCatalog } from './wizard-facts';

export interface WizardQueries {
  images: UseQueryResult<Image[]>;
  flavors: UseQueryResult<Flavor[]>;
  volumeTypes: UseQueryResult<VolumeType[]>;
  subnets: UseQueryResult<VpcSubnet[]>;
  securityGroups: UseQueryResult<SecurityGroup[]>;
  keyPairs: UseQueryResult<KeyPairSummary[]>;
  zones: UseQueryResult<AvailabilityZone[]>;
}

function listOf<T>(data: T[] | undefined, service?: ServiceName): CatalogList<T> {
  // A service missing from the token's catalog is no error: the step falls back to typing an id.
  if (service && !hasService(service)) return 'unavailable';
  return data ?? null;
}

/** Every list the wizard shows or checks against, shared with the other pages through their query factories. */
export function useWizardCatalog(): { catalog: WizardCatalog; queries: WizardQueries } {
  const queries: WizardQueries = {
    images: useQuery(resourceQueries.images()),
    flavors: useQuery(flavorQueries.detail()),
    volumeTypes: useQuery(resourceQueries.volumeTypes()),
    subnets: useQuery(resourceQueries.subnets()),
    securityGroups: useQuery(resourceQueries.securityGroups()),
    keyPairs: useQuery(keyPairQueries.list()),
    zones: useQuery(zoneQueries.list()),
  };
  const { images, flavors, volumeTypes, subnets, securityGroups, keyPairs, zones } = queries;
  const catalog = useMemo<WizardCatalog>(
    () => ({
      images: listOf(images.data, 'image'),
      flavors: listOf(flavors.data),
      volumeTypes: listOf(volumeTypes.data, 'volume'),
      subnets: listOf(subnets.data, 'network'),
      securityGroups: listOf(securityGroups.data, 'network'),
      keyPairs: listOf(keyPairs.data),
      zones: listOf(zones.data),
    }),
    [images.data, flavors.data, volumeTypes.data, subnets.data, securityGroups.data, keyPairs.data, zones.data],
  );
  return { catalog, queries };
}
