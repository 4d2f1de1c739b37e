import { imageKeys, imageQueries } from '../images/image-queries';
import { networkQueries } from '../networks/network-queries';
import { volumeKeys, volumeQueries } from '../volumes/volume-queries';

/*
 * Moved: each service's queries live in its own feature (`images/`, `networks/`, `volumes/`). These aliases (the
 * same keys, the same queries) remain only for the instance actions and the wizard, which still import them; delete
 * this file with their last import.
 */

export const resourceKeys = {
  images: imageKeys.lists,
  volumes: volumeKeys.list,
};

export const resourceQueries = {
  images: imageQueries.list,
  subnets: networkQueries.subnets,
  networks: networkQueries.networks,
  ports: networkQueries.ports,
  securityGroups: networkQueries.securityGroups,
  volumeTypes: volumeQueries.types,
  volumes: volumeQueries.list,
};
