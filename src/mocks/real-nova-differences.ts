/**
 * Where the simulated cloud answers a request of the real-Nova corpus otherwise than real Nova did, on purpose.
 * Each entry names the heading of docs/simulation-differences.md that says why (src/mocks/real-nova-corpus.test.ts).
 */
export interface KnownDifference {
  /** Exactly what the replay finds (the test fails when it finds more, less or other). */
  differences: string[];
  /** A `## ` heading of docs/simulation-differences.md. */
  doc: string;
}

export const KNOWN_DIFFERENCES: Record<string, KnownDifference> = {
  'key pairs: a name with a slash (the legacy /v2 takes it)': {
    differences: ['status 400, Nova 200'],
    doc: 'A key pair name with a slash',
  },
  'shelve: when SHUTOFF': {
    differences: ['status 409, Nova 202'],
    doc: 'Shelving a stopped instance',
  },
};
