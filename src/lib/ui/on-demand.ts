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
