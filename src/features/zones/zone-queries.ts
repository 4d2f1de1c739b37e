import { queryOptions } from '@tanstack/react-query';
import { listAvailabilityZones } from '../../api/availability-zones';

export const zoneKeys = {
  all: ['availabilityZones'] as const,
  list: () => [...zoneKeys.all, 'list'] as const,
};

export const zoneQueries = {
  list: () => queryOptions({ queryKey: zoneKeys.list(), queryFn: ({ signal }) => listAvailabilityZones(signal), staleTime: 60_000 }),
};
