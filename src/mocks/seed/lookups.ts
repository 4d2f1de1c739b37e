/** Find seed objects by name while building the seed; a typo fails loudly. */
import type { SimFlavor, SimImage, SimSecurityGroup, SimState, SimSubnet } from '../state';

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seed: no ${what}`);
  return value;
}

export function seedLookups(state: SimState) {
  return {
    flavor: (name: string): SimFlavor => must(state.flavors.find((f) => f.name === name), `flavor ${name}`),
    image: (prefix: string): SimImage => must(state.images.find((i) => i.name.startsWith(prefix)), `image ${prefix}`),
    subnet: (name: string): SimSubnet => must(state.subnets.find((s) => s.name === name), `subnet ${name}`),
    group: (name: string): SimSecurityGroup => must(state.securityGroups.find((g) => g.name === name), `security group ${name}`),
  };
}

export type SeedLookups = ReturnType<typeof seedLookups>;
