import { useState } from 'react';
import type { DraftProblem } from './draft-problems';
import { changedSteps, type Invalidation, newConflicts, stillOpen } from './invalidations';
import type { WizardValues } from './wizard-values';

interface Tracked {
  values: WizardValues;
  problems: DraftProblem[];
  notices: Invalidation[];
  nextId: number;
}

/**
 * Notices for choices that a later change made invalid ("the Windows image needs 2 GB RAM: t2.c1m1 no longer
 * fits"). Worked out while rendering, from the previous values and problems (React's "storing information from
 * previous renders"), so the notice shows in the same paint as the change. `values` is a new object only when the
 * form changed (create-instance-wizard.tsx), so comparing identities is enough to see a change.
 */
export function useInvalidations(values: WizardValues, problems: DraftProblem[]) {
  const [tracked, setTracked] = useState<Tracked>({ values, problems, notices: [], nextId: 1 });

  if (tracked.values !== values || tracked.problems !== problems) {
    const changed = tracked.values === values ? [] : changedSteps(tracked.values, values);
    const fresh = newConflicts(tracked.problems, problems, changed);
    const kept = stillOpen(tracked.notices, problems);
    const cause = changed[0];
    const notices = fresh.length > 0 && cause ? [...kept, { id: tracked.nextId, cause, conflicts: fresh }] : kept;
    setTracked({ values, problems, notices, nextId: tracked.nextId + 1 });
  }

  const dismiss = (id: number) => setTracked((current) => ({ ...current, notices: current.notices.filter((notice) => notice.id !== id) }));
  return { notices: tracked.notices, dismiss };
}
