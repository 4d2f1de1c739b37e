/**
 * Cinder v2 volume and volume type records (docs/nhn-cloud.md, "Block storage records"): `bootable` is a string,
 * times are zone-less.
 */
import type { SimVolume, SimVolumeType } from '../state';
import { zonelessMicros } from '../time-format';

export function volumeLinks(baseUrl: string, tenantId: string, id: string) {
  return [
    { href: `${baseUrl}/volume/v2/${tenantId}/volumes/${id}`, rel: 'self' },
    { href: `${baseUrl}/volume/${tenantId}/volumes/${id}`, rel: 'bookmark' },
  ];
}

const LISTS_ATTACHMENT = new Set(['in-use', 'detaching']);

export function volumeDetailView(volume: SimVolume, baseUrl: string) {
  const attachment = volume.attachment && LISTS_ATTACHMENT.has(volume.status) ? volume.attachment : null;
  return {
    id: volume.id,
    name: volume.name,
    description: volume.description,
    size: volume.size,
    status: volume.status,
    volume_type: volume.volumeType,
    availability_zone: volume.availabilityZone,
    bootable: volume.bootable ? 'true' : 'false',
    encrypted: volume.encryption !== null,
    multiattach: false,
    attachments: attachment
      ? [
          {
            server_id: attachment.serverId,
            attachment_id: attachment.attachmentId,
            attached_at: zonelessMicros(attachment.attachedAt),
            host_name: null,
            volume_id: volume.id,
            device: attachment.device,
            id: volume.id,
          },
        ]
      : [],
    snapshot_id: null,
    source_volid: null,
    metadata: attachment ? { readonly: 'False', attached_mode: 'rw' } : {},
    ...(volume.imageMetadata ? { volume_image_metadata: { ...volume.imageMetadata } } : {}),
    ...(volume.encryption ? { nhn_encryption: { skm_appkey: volume.encryption.skmAppkey, skm_key_id: volume.encryption.skmKeyId, skm_key_version: '1' } } : {}),
    created_at: zonelessMicros(volume.createdAt),
    updated_at: zonelessMicros(volume.updatedAt),
    user_id: volume.userId,
    'os-vol-tenant-attr:tenant_id': volume.tenantId,
    replication_status: 'disabled',
    consistencygroup_id: null,
    links: volumeLinks(baseUrl, volume.tenantId, volume.id),
  };
}

export function volumeTypeView(type: SimVolumeType) {
  return {
    id: type.id,
    name: type.name,
    description: type.description,
    is_public: true,
    'os-volume-type-access:is_public': true,
    qos_specs_id: null,
    extra_specs: { ...type.extraSpecs },
  };
}
