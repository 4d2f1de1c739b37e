import { describe, expect, it } from 'vitest';
import { draftProblems } from './draft-problems';
import { changedSteps, newConflicts, stillOpen } from './invalidations';
import { catalog, validValues } from './test-catalog';
import type { WizardValues } from './wizard-values';

const smallFlavorLinux: WizardValues = { ...validValues, flavorId: 'flavor-m2.c1m1', root: { ...validValues.root, sizeGb: 20 }, name: 'web-server-number-one' };
const problems = (values: WizardValues) => draftProblems(values, catalog);

describe('invalidations', () => {
  it('tells which steps a change touched', () => {
    expect(changedSteps(validValues, validValues)).toEqual([]);
    expect(changedSteps(validValues, { ...validValues, imageId: 'windows' })).toEqual(['image']);
    expect(changedSteps(validValues, { ...validValues, root: { ...validValues.root, sizeGb: 40 }, extraVolumes: [] })).toEqual(['storage']);
    expect(changedSteps(validValues, { ...validValues, count: 2, name: 'x' })).toEqual(['details']);
  });

  it('reports what a Windows image did to a small flavor, the root size and a long name, with the reasons', () => {
    const windows = { ...smallFlavorLinux, imageId: 'windows' };
    const conflicts = newConflicts(problems(smallFlavorLinux), problems(windows), changedSteps(smallFlavorLinux, windows));
    expect(conflicts.map((c) => [c.step, c.code, c.params])).toEqual([
      ['flavor', 'windowsRam', expect.objectContaining({ flavor: 'm2.c1m1', ram: '1 GB', min: '2 GB' })],
      ['storage', 'rootTooSmallWindows', { size: 20, min: 50 }],
      ['details', 'nameTooLongWindows', { length: 21, max: 15 }],
    ]);
  });

  it('reports nothing for conflicts in the step that changed, nor for choices not made yet', () => {
    const before = { ...validValues, name: '', flavorId: '' };
    const after = { ...before, imageId: 'windows', root: { ...before.root, sizeGb: 50 } };
    expect(newConflicts(problems(before), problems(after), ['image'])).toEqual([]);
    const longName = { ...validValues, name: 'x'.repeat(300) };
    expect(newConflicts(problems(validValues), problems(longName), ['details'])).toEqual([]);
  });

  it('reports nothing when several steps change at once (a restored draft)', () => {
    const windows = { ...smallFlavorLinux, imageId: 'windows' };
    expect(newConflicts(problems(validValues), problems(windows), ['image', 'flavor'])).toEqual([]);
  });

  it('keeps a notice only for the conflicts still open', () => {
    const windows = { ...smallFlavorLinux, imageId: 'windows' };
    const notice = { id: 1, cause: 'image' as const, conflicts: newConflicts(problems(smallFlavorLinux), problems(windows), ['image']) };
    const fixedFlavor = { ...windows, flavorId: 'flavor-m2.c2m4' };
    expect(stillOpen([notice], problems(fixedFlavor))[0]?.conflicts.map((c) => c.code)).toEqual(['rootTooSmallWindows', 'nameTooLongWindows']);
    const allFixed = { ...fixedFlavor, root: { ...fixedFlavor.root, sizeGb: 50 }, name: 'web' };
    expect(stillOpen([notice], problems(allFixed))).toEqual([]);
  });
});
