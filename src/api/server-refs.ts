import type { Server } from './schemas/server';
import type { ServerCreateResult, ServerReservation } from './schemas/server-create';

/** The image id, or undefined for a server booted from a volume (`image: ""`). */
export function serverImageId(server: Pick<Server, 'image'>): string | undefined {
  return server.image === '' ? undefined : server.image.id;
}

/** The flavor id below 2.47; undefined for the embedded 2.47 flavor (no id) or `{}`. */
export function serverFlavorId(server: Pick<Server, 'flavor'>): string | undefined {
  return server.flavor?.id;
}

export function isReservation(result: ServerCreateResult): result is ServerReservation {
  return 'reservation_id' in result;
}
