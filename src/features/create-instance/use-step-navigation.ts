import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isStepId, STEPS, stepIndex, type StepId } from './wizard-steps';

const later = (a: StepId, b: StepId) => (stepIndex(a) >= stepIndex(b) ? a : b);

/**
 * The step lives in the URL (`?step=flavor`), so Back and Forward move between steps and a reload stays put.
 * `furthest` is the furthest step reached: the stepper lets the user jump to any step up to it.
 */
export function useStepNavigation(initialFurthest: StepId) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const step: StepId = isStepId(requested) ? requested : STEPS[0];
  const [furthestSeen, setFurthest] = useState<StepId>(initialFurthest);
  const furthest = later(furthestSeen, step);

  const goTo = (next: StepId) => {
    setFurthest((current) => later(current, next));
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('step', next);
      return copy;
    });
  };

  return { step, furthest, goTo };
}
