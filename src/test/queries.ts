import { type BoundFunctions, type ByRoleMatcher, type queries, within } from '@testing-library/react';

/**
 * The one element of `role` inside `container` that holds what `holds` finds in it: a table row by its link or cell,
 * a notification (role alert) by its title. Tests find rows by what the user reads in them, never by position.
 */
export function getByRoleHolding(container: HTMLElement, role: ByRoleMatcher, holds: (scope: BoundFunctions<typeof queries>) => HTMLElement | null): HTMLElement {
  const found = within(container)
    .getAllByRole(role)
    .filter((element) => holds(within(element)) !== null);
  if (found.length !== 1 || !found[0]) throw new Error(`Expected one ${String(role)} holding what was asked for, found ${found.length}.`);
  return found[0];
}
