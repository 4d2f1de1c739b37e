import { defineConfig } from 'vitest/config';

// Only the recorder, in Node, without the app's test set-up (which would answer every request with the simulated cloud).
export default defineConfig({
  test: { include: ['scripts/real-nova/corpus/record-corpus.nova.ts'], environment: 'node', testTimeout: 1_200_000 },
});
