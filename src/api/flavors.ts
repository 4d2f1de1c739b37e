import { request } from './client';
import { type Flavor, type FlavorSummary, flavorDetailListResponseSchema, flavorListResponseSchema } from './schemas/flavor';

export interface FlavorListParams {
  /** GB. Nova returns flavors with disk >= minDisk (the guide says "greater than"). */
  minDisk?: number;
  /** MB, likewise >=. */
  minRam?: number;
}

export async function listFlavors(params: FlavorListParams = {}, signal?: AbortSignal): Promise<FlavorSummary[]> {
  const query = { minDisk: params.minDisk, minRam: params.minRam };
  const body = await request({ service: 'compute', path: '/flavors', query, schema: flavorListResponseSchema, signal });
  return body.flavors;
}

export async function listFlavorsDetail(params: FlavorListParams = {}, signal?: AbortSignal): Promise<Flavor[]> {
  const query = { minDisk: params.minDisk, minRam: params.minRam };
  const body = await request({ service: 'compute', path: '/flavors/detail', query, schema: flavorDetailListResponseSchema, signal });
  return body.flavors;
}
