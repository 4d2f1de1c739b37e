/** Glance v2's image record: custom properties flattened to top-level keys. */
import type { SimImage } from '../state';
import { isoSeconds } from '../time-format';

function checksumOf(id: string): string {
  let out = '';
  for (let round = 0; out.length < 32; round += 1) {
    let hash = 0x9e3779b9 ^ round;
    for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out;
}

export function imageView(image: SimImage) {
  const active = image.status === 'active';
  return {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    owner: image.owner,
    min_disk: image.minDisk,
    min_ram: image.minRam,
    size: image.size,
    virtual_size: null,
    disk_format: 'qcow2',
    container_format: 'bare',
    protected: image.visibility === 'public',
    os_hidden: false,
    tags: [...image.tags],
    checksum: active ? checksumOf(image.id) : null,
    os_hash_algo: active ? 'sha512' : null,
    os_hash_value: active ? checksumOf(`${image.id}:sha512`).repeat(4) : null,
    created_at: isoSeconds(image.createdAt),
    updated_at: isoSeconds(image.updatedAt),
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
  };
}
