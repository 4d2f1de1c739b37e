/**
 * Availability zones: available ones first, then those `config.unavailableZones` takes down, as Nova lists them;
 * the admin-only detail view is refused as Nova's policy does.
 */
import { forbidden } from '../http/faults';
import { json } from '../http/respond';
import type { SimRoute } from '../http/router';

export const zoneRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/compute/v2/:tenantId/os-availability-zone',
    service: 'compute',
    handle: (ctx) => {
      const zones = ctx.state.zones.map((zoneName) => ({ zoneState: { available: !ctx.config.unavailableZones.includes(zoneName) }, hosts: null, zoneName }));
      return json({ availabilityZoneInfo: [...zones.filter((z) => z.zoneState.available), ...zones.filter((z) => !z.zoneState.available)] });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2/:tenantId/os-availability-zone/detail',
    service: 'compute',
    handle() {
      throw forbidden("Policy doesn't allow os_compute_api:os-availability-zone:detail to be performed.");
    },
  },
];
