import type { FlavorListParams } from '../../api/flavors';
import { FLAVOR_FAMILIES, type FlavorFamily } from '../../domain/flavor-family';

export const FAMILY_FILTERS: readonly FlavorFamily[] = [...FLAVOR_FAMILIES, 'other'];

/** The flavor page's filters as the URL holds them: `minRam` in MB and `minDisk` in GB, exactly as the API takes them. */
export interface FlavorFilters {
  api: FlavorListParams;
  family: FlavorFamily | null;
  search: string;
}

// Nova answers anything int() refuses with 400; such a URL value is ignored rather than sent.
function wholeNumber(value: string | null): number | undefined {
  return value !== null && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function readFlavorFilters(params: URLSearchParams): FlavorFilters {
  const family = FAMILY_FILTERS.find((known) => known === params.get('family')) ?? null;
  const api: FlavorListParams = {};
  const minRam = wholeNumber(params.get('minRam'));
  const minDisk = wholeNumber(params.get('minDisk'));
  if (minRam !== undefined) api.minRam = minRam;
  if (minDisk !== undefined) api.minDisk = minDisk;
  return { api, family, search: params.get('q') ?? '' };
}

export type FlavorFilterPatch = Partial<{ minRam: number | null; minDisk: number | null; family: FlavorFamily | null; search: string }>;

/** A copy of `params` with the patch applied; empty filters leave the URL. Sort and other keys are kept. */
export function writeFlavorFilters(params: URLSearchParams, patch: FlavorFilterPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  if ('minRam' in patch) set('minRam', patch.minRam ? String(patch.minRam) : null);
  if ('minDisk' in patch) set('minDisk', patch.minDisk ? String(patch.minDisk) : null);
  if ('family' in patch) set('family', patch.family ?? null);
  if ('search' in patch) set('q', patch.search ?? null);
  return next;
}

/** GB typed by the user → the MB `minRam` takes (whole MB; 0.5 GB is 512). */
export function gbToMb(gb: number): number {
  return Math.round(gb * 1024);
}

/** MB → GB for display and the RAM input: 1024 → 1, 1536 → 1.5, 1000 → 0.98. */
export function mbToGb(mb: number): number {
  return Math.round((mb / 1024) * 100) / 100;
}
