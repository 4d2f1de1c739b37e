import type { Page } from '@playwright/test';

/** Everything the page keeps that outlives a render: web storage, IndexedDB and the React Query caches. */
export interface KeptData {
  localStorage: string[];
  sessionStorage: string[];
  indexedDb: string[];
  /** Every string reachable from the query and mutation caches (data, errors, variables, keys). */
  queryCache: string[];
  /** The number of queries and mutations found: proves the cache was reached at all. */
  cacheEntries: number;
}

/**
 * Reads what the page keeps. The query cache is reached without any hook in the app: the production build still
 * tags its root DOM node with React's fiber tree, and the QueryClientProvider's `client` prop is in it.
 */
export function keptData(page: Page): Promise<KeptData> {
  return page.evaluate(async () => {
    const strings = (value: unknown): string[] => {
      const out: string[] = [];
      const seen = new Set<unknown>();
      const walk = (item: unknown, depth: number) => {
        if (typeof item === 'string') out.push(item);
        if (typeof item !== 'object' || item === null || seen.has(item) || depth > 16) return;
        seen.add(item);
        if (item instanceof Error) {
          out.push(item.message);
          walk(item.cause, depth + 1);
        }
        for (const child of Object.values(item)) walk(child, depth + 1);
      };
      walk(value, 0);
      return out;
    };
    const storage = (store: Storage) => Object.entries(store).flatMap(([key, value]) => [key, String(value)]);

    const indexedDb: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      indexedDb.push(info.name);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        indexedDb.push(storeName, ...strings(all));
      }
      db.close();
    }

    interface Fiber {
      child: Fiber | null;
      sibling: Fiber | null;
      memoizedProps?: { client?: unknown } | null;
      stateNode?: { current?: Fiber } | null;
    }
    interface Cache {
      getQueryCache(): { getAll(): Array<{ queryKey: unknown; state: unknown }> };
      getMutationCache(): { getAll(): Array<{ state: unknown }> };
    }
    const rootNode = document.getElementById('root') as (HTMLElement & Record<string, unknown>) | null;
    const containerKey = rootNode ? Object.keys(rootNode).find((key) => key.startsWith('__reactContainer$')) : undefined;
    const hostRoot = containerKey ? (rootNode?.[containerKey] as Fiber | undefined) : undefined;
    const stack: Fiber[] = hostRoot?.stateNode?.current ? [hostRoot.stateNode.current] : [];
    let client: Cache | undefined;
    while (stack.length > 0 && !client) {
      const fiber = stack.pop();
      if (!fiber) break;
      const candidate = fiber.memoizedProps?.client as Partial<Cache> | undefined;
      if (candidate && typeof candidate.getQueryCache === 'function') client = candidate as Cache;
      if (fiber.child) stack.push(fiber.child);
      if (fiber.sibling) stack.push(fiber.sibling);
    }
    const queries = client?.getQueryCache().getAll() ?? [];
    const mutations = client?.getMutationCache().getAll() ?? [];
    return {
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      indexedDb,
      queryCache: [...queries.flatMap((query) => strings([query.queryKey, query.state])), ...mutations.flatMap((mutation) => strings(mutation.state))],
      cacheEntries: queries.length + mutations.length,
    };
  });
}

/** Every string value and key of a JSON text (a storage value), so an exact password can be looked for. */
export function jsonStrings(text: string): string[] {
  try {
    const out: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') out.push(value);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          out.push(key);
          walk(child);
        }
      }
    };
    walk(JSON.parse(text));
    return out;
  } catch {
    return [text];
  }
}

/** `key=value` of every JSON member whose key names a password (`password`, `passwd`, `adminPass`...). */
export function passwordFields(text: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (/pass(wd|word)?$/i.test(key)) out.push(`${key}=${JSON.stringify(child)}`);
      walk(child);
    }
  };
  try {
    walk(JSON.parse(text));
  } catch {
    // Not JSON: a plain value has no fields.
  }
  return out;
}
