import { describe, expect, it } from 'vitest';
import { flavorSchema, type Flavor } from '../../../api/schemas/flavor';
import type { CloudProfile } from '../../../domain/cloud-profile';
import { resizeChoices } from './resize-choices';

function flavor(name: string, ram: number, extra: Record<string, unknown> = {}): Flavor {
  return flavorSchema.parse({ id: name, name, vcpus: 2, ram, disk: 0, links: [], swap: '', ...extra });
}

const flavors = [
  flavor('m2.c2m4', 4096),
  flavor('t2.c1m1', 1024),
  flavor('u2.c2m4', 4096),
  flavor('g2.t4.c4m32', 32768),
  flavor('g2.v100.c8m90', 92160),
  flavor('c2.c2m2', 2048, { 'OS-FLV-DISABLED:disabled': true }),
];
const problems = (from: string, family: Parameters<typeof resizeChoices>[1]['family'], os: 'linux' | 'windows' = 'linux', profile: CloudProfile = 'nhn') =>
  Object.fromEntries(resizeChoices(flavors, { id: from, family }, os, profile).map((choice) => [choice.flavor.name, choice.problem?.code ?? null]));

describe('resizeChoices', () => {
  it('keeps every flavor, with the reason a general instance cannot take it', () => {
    expect(problems('m2.c2m4', 'm2')).toEqual({
      'm2.c2m4': 'current',
      't2.c1m1': null,
      'u2.c2m4': 'to-u2',
      'g2.t4.c4m32': 'not-gpu',
      'g2.v100.c8m90': 'not-gpu',
      'c2.c2m2': 'disabled',
    });
  });

  it('lets a GPU instance change only to another GPU flavor', () => {
    expect(problems('g2.t4.c4m32', 'g2')).toMatchObject({ 'g2.v100.c8m90': null, 'm2.c2m4': 'gpu-only', 'u2.c2m4': 'to-u2' });
  });

  it('keeps Windows at 2 GB of RAM or more', () => {
    expect(problems('m2.c2m4', 'm2', 'windows')).toMatchObject({ 't2.c1m1': 'windows-ram' });
  });

  it.each([
    ['m2.c2m4', 'm2'],
    ['u2.c2m4', 'u2'],
    ['g2.t4.c4m32', 'g2'],
  ] as const)('on plain OpenStack lets %s change to any other enabled flavor, Windows too (NHN Cloud’s family and RAM rules do not apply)', (from, family) => {
    const expected = Object.fromEntries(flavors.map((f) => [f.name, f.name === from ? 'current' : f.name === 'c2.c2m2' ? 'disabled' : null]));
    expect(problems(from, family, 'windows', 'openstack')).toEqual(expected);
  });

  it('does not block on the family while the current flavor is unknown, and lists choosable flavors first', () => {
    const choices = resizeChoices(flavors, { id: undefined, family: undefined }, 'linux', 'nhn');
    expect(choices.map((choice) => choice.problem?.code ?? null)).toEqual([null, null, null, null, null, 'disabled']);
  });
});
