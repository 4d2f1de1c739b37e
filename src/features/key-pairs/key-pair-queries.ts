import { queryOptions } from '@tanstack/react-query';
import { getKeyPair, listKeyPairs } from '../../api/keypairs';

export const keyPairKeys = {
  all: ['keyPairs'] as const,
  list: () => [...keyPairKeys.all, 'list'] as const,
  detail: (name: string) => [...keyPairKeys.all, 'detail', name] as const,
};

export const keyPairQueries = {
  list: () => queryOptions({ queryKey: keyPairKeys.list(), queryFn: ({ signal }) => listKeyPairs(signal) }),
  detail: (name: string) => queryOptions({ queryKey: keyPairKeys.detail(name), queryFn: ({ signal }) => getKeyPair(name, signal) }),
};
