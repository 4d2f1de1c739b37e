import { queryOptions } from '@tanstack/react-query';
import { listVolumesDetail, listVolumeTypes } from '../../api/block-storage';
import { hasService } from '../../api/session';

/** Every query of the Block Storage service (Cinder) sits under `volumeKeys.all`. */
export const volumeKeys = {
  all: ['volumes'] as const,
  types: () => [...volumeKeys.all, 'types'] as const,
  list: () => [...volumeKeys.all, 'detail'] as const,
};

/** A cloud without a block storage service in the token's catalog is not an error: `enabled` is false and the UI falls back. */
export const volumeQueries = {
  types: () =>
    queryOptions({ queryKey: volumeKeys.types(), queryFn: ({ signal }) => listVolumeTypes(signal), staleTime: 5 * 60_000, enabled: hasService('volume') }),
  /** Every volume of the project, with its attachments. */
  list: () => queryOptions({ queryKey: volumeKeys.list(), queryFn: ({ signal }) => listVolumesDetail({}, signal), enabled: hasService('volume') }),
};
