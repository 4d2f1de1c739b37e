import { createContext, useContext } from 'react';
import type { SimControls } from '../mocks/controls';

/** What the shell may do with the simulated cloud in demo mode. */
export interface DemoMode {
  controls: SimControls;
  /** Back to the seed data, signed in again. */
  reset: () => Promise<void>;
}

/** Set in demo mode; null in live mode. */
export const DemoContext = createContext<DemoMode | null>(null);

export function useDemoMode(): DemoMode | null {
  return useContext(DemoContext);
}
