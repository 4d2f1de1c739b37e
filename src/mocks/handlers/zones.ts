/** Availability zones: every zone is available; the admin-only detail view is refused as Nova's policy does. */
import { forbidden } from '../http/faults';
import { json } from '../http/respond';
import type { SimRoute } from '../http/router';

export const zoneRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/compute/v2/:tenantId/os-availability-zone',
    service: 'compute',
    handle: (ctx) => json({ availabilityZoneInfo: ctx.state.zones.map((zoneName) => ({ zoneState: { available: true }, hosts: null, zoneName })) }),
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
