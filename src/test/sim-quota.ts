import { getLimits } from '../api/limits';
import type { SimQuota } from '../mocks/controls';
import { sim } from '../mocks/node';

/** What the signed-in project uses now, as the simulated cloud's GET /limits reports it. */
export async function simUsage(): Promise<Record<'instances' | 'cores' | 'ram', number>> {
  const limits = await getLimits();
  return { instances: limits.totalInstancesUsed ?? 0, cores: limits.totalCoresUsed ?? 0, ram: limits.totalRAMUsed ?? 0 };
}

/** Changes some of the simulated cloud's quota (-1 is unlimited); the test set-up puts the default back. */
export function setSimQuota(patch: Partial<SimQuota>): void {
  sim.controls.setConfig({ quota: { ...sim.controls.getConfig().quota, ...patch } });
}
