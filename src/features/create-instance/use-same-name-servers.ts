import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { listServers } from '../../api/servers';
import { createdNamesFilter, isNameOfRequest } from '../../domain/create-rules';
import { serverKeys } from '../instances/server-queries';

/**
 * Servers that already carry the name(s) this request would give, with or without the hyphen before the number
 * (`GET /servers?name=^web-?[0-9]+$`, anchored because Nova's filter is an unanchored regex, then exactly the
 * request's names). Names need not be unique: this only warns.
 */
export function useSameNameServers(name: string, count: number) {
  const [debounced] = useDebouncedValue(name.trim(), 400);
  const filter = createdNamesFilter(debounced, count);
  return useQuery({
    queryKey: [...serverKeys.all, 'named', filter, count] as const,
    queryFn: async ({ signal }) => (await listServers({ name: filter }, signal)).items.filter((server) => isNameOfRequest(server.name, debounced, count)),
    enabled: debounced !== '',
    staleTime: 10_000,
  });
}
