import type { Image } from '../../api/schemas/image';
import type { Server } from '../../api/schemas/server';
import { imageOsType, type OsType } from '../../domain/create-rules';

/** The running task (`OS-EXT-STS:task_state`), e.g. `powering-off`; null when none. */
export function taskStateOf(server: Server): string | null {
  return server['OS-EXT-STS:task_state'];
}

export interface ServerIps {
  fixed: string[];
  floating: string[];
}

/** Fixed and floating IPv4 addresses over every network the server has a port on. */
export function ipsOf(server: Server): ServerIps {
  const ips: ServerIps = { fixed: [], floating: [] };
  for (const addresses of Object.values(server.addresses)) {
    for (const address of addresses) {
      if (address['OS-EXT-IPS:type'] === 'floating') ips.floating.push(address.addr);
      else ips.fixed.push(address.addr);
    }
  }
  return ips;
}

/** What the image itself says about its OS and login user (the image service's record). */
export type ImageFacts = Pick<Image, 'name' | 'os_type' | 'os_distro' | 'os_version' | 'login_username'>;

export function imageFactsOf(image: Image): ImageFacts {
  const { name, os_type, os_distro, os_version, login_username } = image;
  return { name, os_type, os_distro, os_version, login_username };
}

/**
 * NHN copies the image's properties into the server's metadata (`os_type`, `os_distro`, `image_name`; see the
 * spec's Get Instance example); upstream Nova copies nothing. When the metadata names the OS or the image, it
 * answers on its own and the image need not be asked for.
 */
export function metadataDescribesImage(server: Server): boolean {
  const { os_type, os_distro, image_name } = server.metadata;
  return Boolean(os_type || os_distro || image_name);
}

/** The image's properties: each from the server's metadata when it has it, else from the image itself. */
function imageProperties(server: Server, image: ImageFacts | undefined) {
  const { metadata } = server;
  return {
    os_type: metadata.os_type || image?.os_type,
    os_distro: metadata.os_distro || image?.os_distro,
    os_version: metadata.os_version || image?.os_version,
    name: metadata.image_name || image?.name || undefined,
    login_username: metadata.login_username || image?.login_username,
  };
}

/** Windows or Linux, from the metadata, else from the image (`image`: its record, when the metadata says nothing). */
export function osTypeOf(server: Server, image?: ImageFacts): OsType {
  return imageOsType(imageProperties(server, image));
}

// NHN's images name the distro in lower case (`ubuntu`, `rocky`); shown as the vendors spell it.
const DISTRO_NAMES: Record<string, string> = {
  ubuntu: 'Ubuntu',
  centos: 'CentOS',
  rocky: 'Rocky Linux',
  debian: 'Debian',
  rhel: 'RHEL',
  windows: 'Windows',
};

function distroName(distro: string | undefined): string | undefined {
  if (!distro) return undefined;
  return DISTRO_NAMES[distro.toLowerCase()] ?? distro.charAt(0).toUpperCase() + distro.slice(1);
}

/** "Ubuntu Server 22.04 LTS" style text: distro and version, else the image name, else "". */
export function osLabelOf(server: Server, image?: ImageFacts): string {
  const { os_distro, os_version, name } = imageProperties(server, image);
  const distroAndVersion = [distroName(os_distro), os_version].filter(Boolean).join(' ');
  return distroAndVersion || name || '';
}

/** The user to log in as: the image's `login_username`, else the OS default (`Administrator` for Windows). */
export function loginUserOf(server: Server, image?: ImageFacts): string | null {
  return imageProperties(server, image).login_username ?? (osTypeOf(server, image) === 'windows' ? 'Administrator' : null);
}

export function zoneOf(server: Server): string {
  return server['OS-EXT-AZ:availability_zone'] ?? '';
}
