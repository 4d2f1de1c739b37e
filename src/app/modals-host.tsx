import { ModalsProvider } from '@mantine/modals';

/** Mantine's modal manager, its own chunk (see modals-on-demand.tsx). Nothing reads its context: callers use `modals.*`. */
export function ModalsHost() {
  return <ModalsProvider>{null}</ModalsProvider>;
}
