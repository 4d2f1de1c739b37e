import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { serverQueries } from '../instances/server-queries';

/** The servers already named as this request would name its own (`serverQueries.named`), asked once typing pauses. */
export function useSameNameServers(name: string, count: number) {
  const [debounced] = useDebouncedValue(name.trim(), 400);
  return useQuery(serverQueries.named(debounced, count));
}
