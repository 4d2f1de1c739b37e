import { useState } from 'react';
import type { DraftProblem } from './draft-problems';
import { changedSteps, type Invalidation, newConflicts, stillOpen } from './invalidations';
import type { WizardValues } from './wizard-values';

interface Tracked {
  values: WizardValues;
  key: string;
  problems: DraftProblem[];
  notices: Invalidation[];
  nextId: number;
}

/**
 * Notices for choices that a later change made invalid ("the Windows image needs 2 GB RAM: t2.c1m1 no longer
 * fits"). Worked out while rendering, from the previous values and problems (React's "storing information from
 * previous renders"), so the notice shows in the same paint as the change.
 */
export function useInvalidations(values: WizardValues, problems: DraftProblem[]) {
  const key = JSON.stringify(values);
  const [tracked, setTracked] = useState<Tracked>({ values, key, problems, notices: [], nextId: 1 });

  if (tracked.key !== key || tracked.problems !== problems) {
    const changed = tracked.key === key ? [] : changedSteps(tracked.values, values);
    const fresh = newConflicts(tracked.problems, problems, changed);
    const kept = stillOpen(tracked.notices, problems);
    const cause = changed[0];
    const notices = fresh.length > 0 && cause ? [...kept, { id: tracked.nextId, cause, conflicts: fresh }] : kept;
    setTracked({ values, key, problems, notices, nextId: tracked.nextId + 1 });
  }

  const dismiss = (id: number) => setTracked((current) => ({ ...current, notices: current.notices.filter((notice) => notice.id !== id) }));
  return { notices: tracked.notices, dismiss };
}
