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

/**
 * Windows or Linux, from the image properties NHN copies into the server's metadata (`os_type`, `os_distro`,
 * `image_name`; see the spec's Get Instance example).
 */
export function osTypeOf(server: Server): OsType {
  const { os_type, os_distro, image_name } = server.metadata;
  return imageOsType({ os_type, os_distro, name: image_name });
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

/** "Ubuntu Server 22.04 LTS" style text from metadata: distro and version, else the image name, else "". */
export function osLabelOf(server: Server): string {
  const { os_distro, os_version, image_name } = server.metadata;
  const distroAndVersion = [distroName(os_distro), os_version].filter(Boolean).join(' ');
  return distroAndVersion || image_name || '';
}

/** The user to log in as: the image's `login_username`, else the OS default (`Administrator` for Windows). */
export function loginUserOf(server: Server): string | null {
  return server.metadata.login_username ?? (osTypeOf(server) === 'windows' ? 'Administrator' : null);
}

export function zoneOf(server: Server): string {
  return server['OS-EXT-AZ:availability_zone'] ?? '';
}
