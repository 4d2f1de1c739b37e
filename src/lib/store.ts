import { createStore as createZustandStore, type StoreApi } from 'zustand/vanilla';

const resets = new Set<() => void>();

/**
 * A zustand store of plain state (no functions in it: the modules that own a store export what may change it).
 * Every store made here is known to {@link resetAllStores}, so none needs a reset of its own.
 */
export function createStore<T extends object>(initialState: () => T): StoreApi<T> {
  const store = createZustandStore<T>()(initialState);
  resets.add(() => store.setState(store.getInitialState(), true));
  return store;
}

/** Puts every store back to its initial state: the test set-up calls it after each test. */
export function resetAllStores(): void {
  for (const reset of resets) reset();
}
