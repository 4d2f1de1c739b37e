import { z } from 'zod';

export const availabilityZoneSchema = z.object({
  zoneName: z.string(),
  zoneState: z.object({ available: z.boolean() }),
});

/** GET /os-availability-zone (and the admin /detail view, whose `hosts` are dropped). */
export const availabilityZoneListResponseSchema = z.object({
  availabilityZoneInfo: z.array(availabilityZoneSchema),
});

export type AvailabilityZone = z.infer<typeof availabilityZoneSchema>;
