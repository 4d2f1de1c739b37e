import { z } from '../../lib/zod';
import { listOf, optionalBoolean } from './lenient';

/** The name is the zone's id; an unreadable state is unknown (undefined), neither available nor not. */
export const availabilityZoneSchema = z.object({
  zoneName: z.string(),
  zoneState: z.catch(z.object({ available: optionalBoolean }), { available: undefined }),
});

/** GET /os-availability-zone (and the admin /detail view, whose `hosts` are dropped). */
export const availabilityZoneListResponseSchema = z.object({
  availabilityZoneInfo: listOf(availabilityZoneSchema),
});

export type AvailabilityZone = z.infer<typeof availabilityZoneSchema>;
