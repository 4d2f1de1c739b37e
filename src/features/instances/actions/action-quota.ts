import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import type { QuotaAdds } from '../../quotas/quota-queries';
import { findServerFlavor } from './server-flavor';

type Size = Pick<Flavor, 'vcpus' | 'ram'>;

/** The server's flavor size: from the flavor list, else the 2.47 embedded flavor; undefined while unknown. */
export function serverFlavorSize(server: Server, flavors: readonly Flavor[] | undefined): Size | undefined {
  const listed = findServerFlavor(server, flavors);
  if (listed) return listed;
  const { vcpus, ram } = server.flavor ?? {};
  return vcpus !== undefined && ram !== undefined ? { vcpus, ram } : undefined;
}

/**
 * A resize takes the growth of the new flavor over the old one (vCPUs and RAM apart; a smaller one takes nothing):
 * Nova holds both flavors until the resize is confirmed, and checks only what grows.
 */
export function resizeQuotaAdds(from: Size, to: Size): QuotaAdds {
  return { cores: Math.max(0, to.vcpus - from.vcpus), ram: Math.max(0, to.ram - from.ram) };
}

/** Unshelving an offloaded server places it on a host again: its whole flavor counts again (the instance always did). */
export function unshelveQuotaAdds(server: Server, size: Size): QuotaAdds {
  return server.status === 'SHELVED_OFFLOADED' ? { cores: size.vcpus, ram: size.ram } : {};
}
