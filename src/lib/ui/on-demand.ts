import { useEffect, useState } from 'react';

/** Code fetched the first time it is needed, once: `load` starts the download (or joins it), `current` is what it gave. */
export interface OnDemand<T> {
  load: () => Promise<T>;
  current: () => T | undefined;
}

/**
 * `import()` behind a function, called on first need. A failed download is forgotten, so the next need tries again
 * (a dropped connection should not leave a menu that never opens).
 */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () =>
      (pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    current: () => value,
  };
}

/** Starts the download without waiting for it (hover and focus: the code is likely wanted next). */
export function preload(part: OnDemand<unknown>): void {
  part.load().catch(() => undefined);
}

/**
 * The part, once it has been asked for and its code is here; undefined before. `asked` counts the asks (0: not yet):
 * each new one after a failed download tries again. Once here, the part stays.
 */
export function useOnDemand<T>(part: OnDemand<T>, asked: number): T | undefined {
  // A component is a function: the state holds a box around it, not the function itself.
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  const ready = asked > 0 ? part.current() : undefined;
  useEffect(() => {
    if (asked === 0 || loaded || ready !== undefined) return;
    let live = true;
    part.load().then(
      (value) => live && setLoaded({ value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [part, asked, loaded, ready]);
  return loaded ? loaded.value : ready;
}
