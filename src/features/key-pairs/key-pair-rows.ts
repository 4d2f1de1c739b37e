import type { KeyPairSummary } from '../../api/schemas/keypair';
import { type SortState, sortRows } from '../../lib/table-sort';
import { keyAlgorithmOf } from './key-algorithm';
import type { KeyPairRow, KeyPairSortKey } from './key-pairs-table';
import type { ServerRef } from '../instances/server-queries';

/**
 * The table's rows: each key pair with its algorithm and the instances made with it (undefined while unknown),
 * matching the search (name, fingerprint, algorithm or the public key's comment), in the chosen order.
 */
export function keyPairRows(
  keyPairs: readonly KeyPairSummary[],
  serversByKey: ReadonlyMap<string, ServerRef[]> | undefined,
  search: string,
  sort: SortState<KeyPairSortKey>,
): KeyPairRow[] {
  const needle = search.trim().toLowerCase();
  const rows: KeyPairRow[] = keyPairs.map((keyPair) => ({
    keyPair,
    algorithm: keyAlgorithmOf(keyPair.public_key),
    usedBy: serversByKey ? (serversByKey.get(keyPair.name) ?? []) : undefined,
  }));
  const matching = needle
    ? rows.filter(({ keyPair, algorithm }) =>
        [keyPair.name, keyPair.fingerprint, algorithm ?? '', keyPair.public_key.split(/\s+/).slice(2).join(' ')].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : rows;
  return sortRows(matching, sort, (row, key) => {
    switch (key) {
      case 'name':
        return row.keyPair.name;
      case 'fingerprint':
        return row.keyPair.fingerprint;
      case 'algorithm':
        return row.algorithm;
      case 'type':
        return row.keyPair.type;
      case 'usedBy':
        return row.usedBy?.length;
    }
  });
}
