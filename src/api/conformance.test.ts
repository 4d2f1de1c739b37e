import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from '../lib/zod';
import { availabilityZoneListResponseSchema } from './schemas/availability-zone';
import { flavorDetailListResponseSchema, flavorGetResponseSchema, flavorListResponseSchema } from './schemas/flavor';
import {
  keyPairCreateBodySchema,
  keyPairCreateResponseSchema,
  keyPairGenerateResponseSchema,
  keyPairGetResponseSchema,
  keyPairListResponseSchema,
} from './schemas/keypair';
import {
  serverDetailListResponseSchema,
  serverGetResponseSchema,
  serverListResponseSchema,
  serverUpdateBodySchema,
} from './schemas/server';
import * as action from './schemas/server-action';
import { serverCreateBodySchema, serverCreateResponseSchema } from './schemas/server-create';
import { serverSecurityGroupListResponseSchema } from './schemas/server-security-group';
import {
  volumeAttachBodySchema,
  volumeAttachmentListResponseSchema,
  volumeAttachmentResponseSchema,
} from './schemas/volume-attachment';

/**
 * Upstream Nova's API samples (see the README there), copied into the repository so a clean clone tests them.
 * Every file must be mapped here, or listed as unmapped. Where the team's shared corpus sits beside the checkout
 * (../shared/conformance), it must hold nothing the copy lacks, so a new sample cannot slip past.
 */
const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'nova-api-samples');
const SHARED_DIR = process.env.NOVA_SAMPLES_DIR ?? join(process.cwd(), '..', 'shared', 'conformance', 'nova-api-samples');

const MAPPED: Record<string, z.ZodMiniType> = {
  'flavors__flavor-get-resp.json': flavorGetResponseSchema,
  'flavors__flavors-detail-resp.json': flavorDetailListResponseSchema,
  'flavors__flavors-list-resp.json': flavorListResponseSchema,
  'flavors__v2.102__flavor-get-resp.json': flavorGetResponseSchema,
  'flavors__v2.61__flavors-detail-resp.json': flavorDetailListResponseSchema,
  'flavors__v2.75__flavors-detail-resp.json': flavorDetailListResponseSchema,
  // The admin /detail view has the same shape, plus `hosts` (dropped).
  'os-availability-zone__availability-zone-detail-resp.json': availabilityZoneListResponseSchema,
  'os-availability-zone__availability-zone-list-resp.json': availabilityZoneListResponseSchema,
  'os-keypairs__keypairs-get-resp.json': keyPairGetResponseSchema,
  'os-keypairs__keypairs-import-post-req.json': keyPairCreateBodySchema,
  'os-keypairs__keypairs-import-post-resp.json': keyPairCreateResponseSchema,
  'os-keypairs__keypairs-list-resp.json': keyPairListResponseSchema,
  'os-keypairs__keypairs-post-req.json': keyPairCreateBodySchema,
  'os-keypairs__keypairs-post-resp.json': keyPairGenerateResponseSchema,
  'os-keypairs__v2.2__keypairs-get-resp.json': keyPairGetResponseSchema,
  'os-keypairs__v2.2__keypairs-list-resp.json': keyPairListResponseSchema,
  'os-keypairs__v2.2__keypairs-post-req.json': keyPairCreateBodySchema,
  'os-keypairs__v2.2__keypairs-post-resp.json': keyPairGenerateResponseSchema,
  'os-keypairs__v2.35__keypairs-list-resp.json': keyPairListResponseSchema,
  'os-keypairs__v2.92__keypairs-import-post-req.json': keyPairCreateBodySchema,
  'os-keypairs__v2.92__keypairs-import-post-resp.json': keyPairCreateResponseSchema,
  'os-multiple-create__multiple-create-no-resv-post-req.json': serverCreateBodySchema,
  'os-multiple-create__multiple-create-no-resv-post-resp.json': serverCreateResponseSchema,
  'os-multiple-create__multiple-create-post-req.json': serverCreateBodySchema,
  'os-multiple-create__multiple-create-post-resp.json': serverCreateResponseSchema,
  'os-security-groups__security-group-add-post-req.json': action.addSecurityGroupActionSchema,
  'os-security-groups__security-group-remove-post-req.json': action.removeSecurityGroupActionSchema,
  'os-security-groups__server-security-groups-list-resp.json': serverSecurityGroupListResponseSchema,
  'os-shelve__os-shelve-offload.json': action.shelveOffloadActionSchema,
  'os-shelve__os-shelve.json': action.shelveActionSchema,
  'os-shelve__os-unshelve.json': action.unshelveActionSchema,
  'os-shelve__v2.77__os-unshelve-az.json': action.unshelveActionSchema,
  'os-volume_attachments__attach-volume-to-server-req.json': volumeAttachBodySchema,
  'os-volume_attachments__attach-volume-to-server-resp.json': volumeAttachmentResponseSchema,
  'os-volume_attachments__list-volume-attachments-resp.json': volumeAttachmentListResponseSchema,
  // The volume-swap PUT body; the console never swaps, but the body has the attach shape.
  'os-volume_attachments__update-volume-req.json': volumeAttachBodySchema,
  'os-volume_attachments__v2.79__attach-volume-to-server-req.json': volumeAttachBodySchema,
  'os-volume_attachments__v2.79__attach-volume-to-server-resp.json': volumeAttachmentResponseSchema,
  'os-volume_attachments__v2.79__list-volume-attachments-resp.json': volumeAttachmentListResponseSchema,
  'os-volume_attachments__v2.79__volume-attachment-detail-resp.json': volumeAttachmentResponseSchema,
  'os-volume_attachments__v2.89__list-volume-attachments-resp.json': volumeAttachmentListResponseSchema,
  'os-volume_attachments__v2.89__volume-attachment-detail-resp.json': volumeAttachmentResponseSchema,
  'os-volume_attachments__volume-attachment-detail-resp.json': volumeAttachmentResponseSchema,
  'servers__server-action-confirm-resize.json': action.confirmResizeActionSchema,
  'servers__server-action-create-image.json': action.createImageActionSchema,
  'servers__server-action-reboot.json': action.rebootActionSchema,
  'servers__server-action-resize.json': action.resizeActionSchema,
  'servers__server-action-revert-resize.json': action.revertResizeActionSchema,
  'servers__server-action-start.json': action.startActionSchema,
  'servers__server-action-stop.json': action.stopActionSchema,
  'servers__server-create-req-v237.json': serverCreateBodySchema,
  'servers__server-create-req-v257.json': serverCreateBodySchema,
  'servers__server-create-req.json': serverCreateBodySchema,
  'servers__server-create-resp.json': serverCreateResponseSchema,
  'servers__server-get-resp.json': serverGetResponseSchema,
  'servers__server-update-req.json': serverUpdateBodySchema,
  // PUT answers with a (reduced) server record.
  'servers__server-update-resp.json': serverGetResponseSchema,
  'servers__servers-details-resp.json': serverDetailListResponseSchema,
  'servers__servers-list-resp.json': serverListResponseSchema,
  'servers__servers-list-status-resp.json': serverListResponseSchema,
  'servers__v2.100__server-get-resp.json': serverGetResponseSchema,
  'servers__v2.16__server-get-resp.json': serverGetResponseSchema,
  'servers__v2.19__server-create-req.json': serverCreateBodySchema,
  'servers__v2.19__server-put-req.json': serverUpdateBodySchema,
  'servers__v2.19__server-put-resp.json': serverGetResponseSchema,
  'servers__v2.32__server-create-req.json': serverCreateBodySchema,
  // Wrapped in .optional() because below 2.45 the same answer is empty.
  'servers__v2.45__server-action-create-image-resp.json': action.createImageResponseSchema,
  'servers__v2.47__server-get-resp.json': serverGetResponseSchema,
  'servers__v2.71__server-get-down-cell-resp.json': serverGetResponseSchema,
  'servers__v2.73__server-get-resp.json': serverGetResponseSchema,
};

const OS_VOLUMES = "Nova's deprecated /os-volumes proxy: the console reads volumes from the Block Storage API (volumeSchema).";
const UNMAPPED: Record<string, string> = {
  'os-volumes__os-volumes-detail-resp.json': OS_VOLUMES,
  'os-volumes__os-volumes-get-resp.json': OS_VOLUMES,
  'os-volumes__os-volumes-index-resp.json': OS_VOLUMES,
  'os-volumes__os-volumes-post-req.json': OS_VOLUMES,
  'os-volumes__os-volumes-post-resp.json': OS_VOLUMES,
};

const sampleFiles = readdirSync(SAMPLES_DIR).filter((name) => name.endsWith('.json'));

describe('Nova API samples', () => {
  it('are all mapped to a schema or deliberately unmapped, and every mapping names a sample', () => {
    expect(sampleFiles.length).toBeGreaterThan(0);
    const known = new Set([...Object.keys(MAPPED), ...Object.keys(UNMAPPED)]);
    expect(sampleFiles.filter((name) => !known.has(name))).toEqual([]);
    expect([...known].filter((name) => !sampleFiles.includes(name))).toEqual([]);
  });

  it('hold every file of the shared corpus, where it is present', () => {
    const shared = existsSync(SHARED_DIR) ? readdirSync(SHARED_DIR).filter((name) => name.endsWith('.json')) : [];
    for (const name of shared) {
      expect(sampleFiles, `${name} is in ../shared but not copied here`).toContain(name);
      expect(readFileSync(join(SAMPLES_DIR, name), 'utf8'), name).toBe(readFileSync(join(SHARED_DIR, name), 'utf8'));
    }
  });

  it.each(Object.entries(MAPPED))('%s is accepted', (name, schema) => {
    const json: unknown = JSON.parse(readFileSync(join(SAMPLES_DIR, name), 'utf8'));
    const result = schema.safeParse(json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
