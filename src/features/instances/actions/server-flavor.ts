import { serverFlavorId } from '../../../api/server-refs';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import type { CloudProfile } from '../../../domain/cloud-profile';
import { type FlavorFamily, flavorFamily, rootDevice } from '../../../domain/flavor-family';

/** The server's flavor from the flavor list (the server carries only its id below 2.47). */
export function findServerFlavor(server: Server, flavors: readonly Flavor[] | undefined): Flavor | undefined {
  const id = serverFlavorId(server);
  return id === undefined ? undefined : flavors?.find((flavor) => flavor.id === id);
}

/** The flavor's name: from the list, else the 2.47 embedded `original_name`; undefined while unknown. */
export function serverFlavorName(server: Server, flavors: readonly Flavor[] | undefined): string | undefined {
  return findServerFlavor(server, flavors)?.name ?? server.flavor?.original_name;
}

/** Undefined while the flavor is unknown (list loading): flavor rules then do not block (see canPerform). */
export function serverFlavorFamily(server: Server, flavors: readonly Flavor[] | undefined): FlavorFamily | undefined {
  const name = serverFlavorName(server, flavors);
  return name === undefined ? undefined : flavorFamily(name);
}

/**
 * Whether the root disk is a volume (it is then listed among the attachments and cannot be detached): booted from
 * a volume, or a flavor whose root the console puts on a volume (rootDevice: on NHN Cloud any but U2 and GPU with a
 * disk; on plain OpenStack a flavor without a disk). Undefined while the flavor is unknown.
 */
export function rootIsVolume(server: Server, flavor: Pick<Flavor, 'name' | 'disk'> | undefined, profile: CloudProfile): boolean | undefined {
  if (server.image === '') return true;
  if (flavor === undefined) return undefined;
  return rootDevice({ family: flavorFamily(flavor.name), disk: flavor.disk }, profile) === 'volume';
}

/** A device name of the first disk (`/dev/vda`, `/dev/sda`, `/dev/xvda`): the root disk, whether local or a volume. */
export function isRootDevice(device: string | null | undefined): boolean {
  return /^\/dev\/(?:x?vd|sd|hd)a$/.test(device ?? '');
}
