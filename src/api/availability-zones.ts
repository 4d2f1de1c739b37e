import { request } from './client';
import { type AvailabilityZone, availabilityZoneListResponseSchema } from './schemas/availability-zone';

/** Available zones first, then unavailable ones (`zoneState.available: false`). */
export async function listAvailabilityZones(signal?: AbortSignal): Promise<AvailabilityZone[]> {
  const body = await request({
    service: 'compute',
    path: '/os-availability-zone',
    schema: availabilityZoneListResponseSchema,
    signal,
  });
  return body.availabilityZoneInfo;
}
