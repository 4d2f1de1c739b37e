import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { createStore } from '../lib/store';

// @mantine/modals sends each call of `modals.*` as a window event, `mantine-modals:<call>`, which a mounted
// ModalsProvider hears. Until the first call, the provider (Modal, its overlay and scroll area) is not downloaded: the
// calls made before it listens are kept and sent again once it does, in their order.
const PREFIX = 'mantine-modals:';
const CALLS = ['openModal', 'openConfirmModal', 'openContextModal', 'closeModal', 'closeContextModal', 'closeAllModals', 'updateModal', 'updateContextModal'];

const ModalsHost = lazy(async () => ({ default: (await import('./modals-host')).ModalsHost }));

interface KeptCall {
  type: string;
  detail: unknown;
}

const modalsHost = createStore<{ wanted: boolean; kept: KeptCall[] }>(() => ({ wanted: false, kept: [] }));
/** How many hosts are listening (one per app; tests may mount several in turn). */
let listening = 0;

function keep(event: Event) {
  if (listening > 0) return;
  const call = { type: event.type, detail: (event as CustomEvent<unknown>).detail };
  modalsHost.setState((state) => ({ wanted: true, kept: [...state.kept, call] }));
}

if (typeof window !== 'undefined') for (const call of CALLS) window.addEventListener(PREFIX + call, keep);

/** Mounted after ModalsProvider (a sibling: its listeners are attached by then), sends the kept calls again. */
function SendKept() {
  useEffect(() => {
    listening += 1;
    const { kept } = modalsHost.getState();
    modalsHost.setState({ kept: [] });
    for (const { type, detail } of kept) window.dispatchEvent(new CustomEvent(type, { detail }));
    return () => {
      listening -= 1;
    };
  }, []);
  return null;
}

const wanted = () => modalsHost.getState().wanted;

/** Mantine's modal manager, downloaded and mounted at the first `modals.*` call; it stays mounted. */
export function ModalsOnDemand() {
  const needed = useSyncExternalStore(modalsHost.subscribe, wanted, wanted);
  return needed ? (
    <Suspense fallback={null}>
      <ModalsHost />
      <SendKept />
    </Suspense>
  ) : null;
}
