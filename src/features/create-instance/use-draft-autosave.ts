import { useCallback, useEffect, useRef } from 'react';
import { isSameData } from '../../lib/same-data';
import { clearDraft, saveDraft } from './draft-storage';
import type { StepId } from './wizard-steps';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

const SAVE_DELAY_MS = 300;

/** An untouched form is no draft: nothing to restore (or announce) next time. */
function keep(values: WizardValues, furthest: StepId): void {
  if (isSameData(values, EMPTY_VALUES)) clearDraft();
  else saveDraft(values, furthest);
}

/**
 * Keeps the draft in sessionStorage while the user types (a moment after the last change, and at once when the
 * page is left or reloaded). `stop()` ends it for good: after a successful create the draft must not come back.
 * `values` is a new object only when the form changed (create-instance-wizard.tsx).
 */
export function useDraftAutosave(values: WizardValues, furthest: StepId): { stop: () => void } {
  const stopped = useRef(false);
  const latest = useRef({ values, furthest });

  useEffect(() => {
    latest.current = { values, furthest };
    if (stopped.current) return;
    // Checked again when the timer fires: a create may succeed within the delay after the last change.
    const timer = setTimeout(() => {
      if (!stopped.current) keep(values, furthest);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, furthest]);

  // Leaving the page (a route change unmounts; a reload or a closed tab only fires pagehide) saves at once.
  useEffect(() => {
    const flush = () => {
      if (!stopped.current) keep(latest.current.values, latest.current.furthest);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const stop = useCallback(() => {
    stopped.current = true;
  }, []);
  return { stop };
}
