import type { Flavor } from '../../../api/schemas/flavor';
import { type CloudProfile, ruleApplies } from '../../../domain/cloud-profile';
import { canResizeBetween, type FlavorFamily, flavorFamily } from '../../../domain/flavor-family';
import { type OsType, WINDOWS_MIN_RAM_MB } from '../../../domain/create-rules';

/** Why a flavor cannot be the target of a resize; the UI shows each one beside the disabled choice. */
export type ResizeProblem =
  | { code: 'current' }
  | { code: 'disabled' }
  | { code: 'to-u2' }
  | { code: 'gpu-only' }
  | { code: 'not-gpu' }
  | { code: 'windows-ram'; minRamMb: number };

export interface ResizeChoice {
  flavor: Flavor;
  family: FlavorFamily;
  problem: ResizeProblem | null;
}

type From = { id: string | undefined; family: FlavorFamily | undefined };

/** The family and Windows rules are NHN Cloud's (cloud-profile.ts); on plain OpenStack any other flavor will do. */
function problemFor(flavor: Flavor, family: FlavorFamily, from: From, osType: OsType, profile: CloudProfile): ResizeProblem | null {
  if (flavor.id === from.id) return { code: 'current' };
  if (flavor['OS-FLV-DISABLED:disabled']) return { code: 'disabled' };
  if (ruleApplies('resizeFamilies', profile) && from.family !== undefined && !canResizeBetween(from.family, family)) {
    if (family === 'u2') return { code: 'to-u2' };
    return from.family === 'g2' ? { code: 'gpu-only' } : { code: 'not-gpu' };
  }
  // Spec (Create Instance): "Use an instance flavor with at least 2GB RAM capacity" for Windows.
  if (ruleApplies('windowsLimits', profile) && osType === 'windows' && flavor.ram < WINDOWS_MIN_RAM_MB) return { code: 'windows-ram', minRamMb: WINDOWS_MIN_RAM_MB };
  return null;
}

/**
 * Every flavor with whether the instance can change to it. Nothing is hidden: a flavor that cannot be chosen stays
 * in the list with its reason. Choosable ones come first, then by family, vCPU and RAM.
 */
export function resizeChoices(flavors: readonly Flavor[], from: From, osType: OsType, profile: CloudProfile): ResizeChoice[] {
  return flavors
    .map((flavor) => {
      const family = flavorFamily(flavor.name);
      return { flavor, family, problem: problemFor(flavor, family, from, osType, profile) };
    })
    .sort(
      (a, b) =>
        Number(a.problem !== null) - Number(b.problem !== null) ||
        a.family.localeCompare(b.family) ||
        a.flavor.vcpus - b.flavor.vcpus ||
        a.flavor.ram - b.flavor.ram ||
        a.flavor.name.localeCompare(b.flavor.name),
    );
}
