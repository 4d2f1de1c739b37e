import type { Flavor } from '../../api/schemas/flavor';
import { flavorFamily, type FlavorFamily } from '../../domain/flavor-family';
import type { SortValue } from '../../lib/table-sort';

export const FLAVOR_SORT_KEYS = [
  'name',
  'family',
  'vcpus',
  'ram',
  'disk',
  'ephemeral',
  'swap',
  'rxtx',
  'public',
  'enabled',
  'extraSpecs',
] as const;
export type FlavorSortKey = (typeof FLAVOR_SORT_KEYS)[number];

/** A flavor with what the table derives from it. */
export interface FlavorRow {
  flavor: Flavor;
  family: FlavorFamily;
  /** `OS-FLV-DISABLED:disabled` turned around; a missing field means enabled. */
  enabled: boolean;
  /** A missing `is_public` is unknown, not private. */
  isPublic: boolean | undefined;
  ephemeral: number;
  extraSpecs: [string, string][];
}

export function toFlavorRow(flavor: Flavor): FlavorRow {
  return {
    flavor,
    family: flavorFamily(flavor.name),
    enabled: flavor['OS-FLV-DISABLED:disabled'] !== true,
    isPublic: flavor['os-flavor-access:is_public'],
    ephemeral: flavor['OS-FLV-EXT-DATA:ephemeral'] ?? 0,
    extraSpecs: Object.entries(flavor.extra_specs).sort(([a], [b]) => a.localeCompare(b)),
  };
}

export function flavorSortValue(row: FlavorRow, key: FlavorSortKey): SortValue {
  switch (key) {
    case 'name':
      return row.flavor.name;
    case 'family':
      return row.family;
    case 'vcpus':
      return row.flavor.vcpus;
    case 'ram':
      return row.flavor.ram;
    case 'disk':
      return row.flavor.disk;
    case 'ephemeral':
      return row.ephemeral;
    case 'swap':
      return row.flavor.swap;
    case 'rxtx':
      return row.flavor.rxtx_factor;
    case 'public':
      return row.isPublic;
    case 'enabled':
      return row.enabled;
    case 'extraSpecs':
      return row.extraSpecs.map(([key, value]) => `${key}=${value}`).join(' ');
  }
}

/** Text search over name, id, family and extra specs (e.g. "v100" finds the V100 GPU flavors). */
export function matchesFlavorSearch(row: FlavorRow, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [row.flavor.name, row.flavor.id, row.family, row.flavor.description ?? '', ...row.extraSpecs.flat()];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}
