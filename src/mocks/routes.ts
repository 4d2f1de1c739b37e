/** Every route of the simulated cloud, grouped by service. Order matters where paths overlap (`detail` before `:id`). */
import { blockStorageRoutes } from './handlers/block-storage';
import { flavorRoutes } from './handlers/flavors';
import { identityRoutes } from './handlers/identity';
import { imageRoutes } from './handlers/images';
import { instanceActionRoutes } from './handlers/instance-actions';
import { keypairRoutes } from './handlers/keypairs';
import { limitRoutes } from './handlers/limits';
import { networkRoutes } from './handlers/network';
import { serverActionRoutes } from './handlers/server-actions';
import { serverRoutes } from './handlers/servers';
import { versionRoutes } from './handlers/versions';
import { volumeAttachmentRoutes } from './handlers/volume-attachments';
import { zoneRoutes } from './handlers/zones';
import type { SimRoute } from './http/router';

export const ROUTES: SimRoute[] = [
  ...versionRoutes,
  ...identityRoutes,
  ...flavorRoutes,
  ...zoneRoutes,
  ...keypairRoutes,
  ...serverRoutes,
  ...serverActionRoutes,
  ...instanceActionRoutes,
  ...limitRoutes,
  ...volumeAttachmentRoutes,
  ...imageRoutes,
  ...networkRoutes,
  ...blockStorageRoutes,
];
