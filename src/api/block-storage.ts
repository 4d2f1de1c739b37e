import { request } from './client';
import { type Volume, type VolumeType, volumeDetailListResponseSchema, volumeTypeListResponseSchema } from './schemas/block-storage';

export async function listVolumeTypes(signal?: AbortSignal): Promise<VolumeType[]> {
  const body = await request({ service: 'volume', path: '/types', schema: volumeTypeListResponseSchema, signal });
  return body.volume_types;
}

export interface VolumeListParams {
  /** Default 1000 on NHN. */
  limit?: number;
  offset?: number;
  marker?: string;
  /** `key[:dir]`, e.g. `created_at:desc`. */
  sort?: string;
}

export async function listVolumesDetail(params: VolumeListParams = {}, signal?: AbortSignal): Promise<Volume[]> {
  const body = await request({
    service: 'volume',
    path: '/volumes/detail',
    query: { ...params },
    schema: volumeDetailListResponseSchema,
    signal,
  });
  return body.volumes;
}
