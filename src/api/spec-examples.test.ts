import { describe, expect, it } from 'vitest';
import type { z } from '../lib/zod';
import { availabilityZoneListResponseSchema } from './schemas/availability-zone';
import { flavorDetailListResponseSchema, flavorListResponseSchema } from './schemas/flavor';
import {
  keyPairCreateBodySchema,
  keyPairCreateResponseSchema,
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
import {
  volumeAttachBodySchema,
  volumeAttachmentListResponseSchema,
  volumeAttachmentResponseSchema,
} from './schemas/volume-attachment';

const fixtures = import.meta.glob<unknown>('./__fixtures__/spec/*.json', { eager: true, import: 'default' });
const fixture = (name: string): unknown => fixtures[`./__fixtures__/spec/${name}`];

const SCHEMAS: Record<string, z.ZodMiniType> = {
  'flavors-list-resp.json': flavorListResponseSchema,
  'flavors-detail-resp.json': flavorDetailListResponseSchema,
  'availability-zones-resp.json': availabilityZoneListResponseSchema,
  'keypairs-list-resp.json': keyPairListResponseSchema,
  'keypair-show-resp.json': keyPairGetResponseSchema,
  'keypair-create-req.json': keyPairCreateBodySchema,
  // The guide's example imports a public key, so its answer has no private key.
  'keypair-create-resp.json': keyPairCreateResponseSchema,
  'servers-list-resp.json': serverListResponseSchema,
  'servers-detail-resp.json': serverDetailListResponseSchema,
  'server-get-resp.json': serverGetResponseSchema,
  'server-create-req.json': serverCreateBodySchema,
  'server-create-resp.json': serverCreateResponseSchema,
  'server-rename-req.json': serverUpdateBodySchema,
  'volume-attachments-list-resp.json': volumeAttachmentListResponseSchema,
  'volume-attachment-get-resp.json': volumeAttachmentResponseSchema,
  'volume-attach-req.json': volumeAttachBodySchema,
  'volume-attach-resp.json': volumeAttachmentResponseSchema,
  'action-os-start.json': action.startActionSchema,
  'action-unshelve.json': action.unshelveActionSchema,
  'action-os-stop.json': action.stopActionSchema,
  'action-shelve.json': action.shelveActionSchema,
  'action-reboot.json': action.rebootActionSchema,
  'action-resize.json': action.resizeActionSchema,
  'action-create-image.json': action.createImageActionSchema,
  'action-add-security-group.json': action.addSecurityGroupActionSchema,
  'action-remove-security-group.json': action.removeSecurityGroupActionSchema,
};

describe('the API guide examples', () => {
  it('are all mapped to a schema', () => {
    const files = Object.keys(fixtures).map((path) => path.split('/').at(-1));
    expect(files.length).toBe(Object.keys(SCHEMAS).length);
    expect(files.filter((file) => file === undefined || !(file in SCHEMAS))).toEqual([]);
  });

  it.each(Object.entries(SCHEMAS))('%s is accepted', (name, schema) => {
    const result = schema.safeParse(fixture(name));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('normalise the guide\'s quirks: swap "", delete_on_termination 1', () => {
    const flavors = flavorDetailListResponseSchema.parse(fixture('flavors-detail-resp.json')).flavors;
    expect(flavors.map((flavor) => flavor.swap)).toEqual([0, 0]);
    expect(flavors[0]?.extra_specs).toEqual({ flavor_type: 'performance' });
    const body = serverCreateBodySchema.parse(fixture('server-create-req.json'));
    expect(body.server.block_device_mapping_v2?.[0]?.delete_on_termination).toBe(true);
  });

  it('keep the server record fields the console reads', () => {
    const { server } = serverGetResponseSchema.parse(fixture('server-get-resp.json'));
    expect(server).toMatchObject({
      id: 'aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec',
      status: 'ACTIVE',
      key_name: 'access-key',
      'OS-EXT-STS:task_state': null,
      'OS-SRV-USG:launched_at': '2020-02-25T01:22:23.000000',
      'OS-EXT-AZ:availability_zone': 'kr-pub-b',
      security_groups: [{ name: 'default' }],
    });
    expect(server.addresses.vpc2?.[0]?.['OS-EXT-IPS:type']).toBe('fixed');
    expect(server.metadata.os_type).toBe('Windows');
  });
});
