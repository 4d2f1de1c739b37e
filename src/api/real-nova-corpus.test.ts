/**
 * Every answer real Nova gave in the recorded corpus (npm run check:nova -- --record) is read by the console's own
 * schema for it, completely: no list item left out, and the fields every page shows come through.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from '../lib/zod';
import type { Exchange, ParsedAs } from '../../scripts/real-nova/corpus/scenario';
import { availabilityZoneListResponseSchema } from './schemas/availability-zone';
import { flavorDetailListResponseSchema, flavorGetResponseSchema, flavorListResponseSchema } from './schemas/flavor';
import {
  keyPairCreateResponseSchema,
  keyPairGenerateResponseSchema,
  keyPairGetResponseSchema,
  keyPairListResponseSchema,
} from './schemas/keypair';
import { collectSkipped } from './schemas/lenient';
import { serverDetailListResponseSchema, serverGetResponseSchema, serverListResponseSchema } from './schemas/server';
import { serverCreateResponseSchema } from './schemas/server-create';
import { serverSecurityGroupListResponseSchema } from './schemas/server-security-group';
import { volumeAttachmentListResponseSchema } from './schemas/volume-attachment';

const SCHEMAS: Record<ParsedAs, z.ZodMiniType> = {
  flavorList: flavorListResponseSchema,
  flavorDetailList: flavorDetailListResponseSchema,
  flavorGet: flavorGetResponseSchema,
  zoneList: availabilityZoneListResponseSchema,
  keyPairList: keyPairListResponseSchema,
  keyPairGet: keyPairGetResponseSchema,
  keyPairGenerate: keyPairGenerateResponseSchema,
  keyPairImport: keyPairCreateResponseSchema,
  serverList: serverListResponseSchema,
  serverDetailList: serverDetailListResponseSchema,
  serverGet: serverGetResponseSchema,
  serverCreate: serverCreateResponseSchema,
  // PUT /servers/{id} answers with the server, read as GET's (src/api/servers.ts).
  serverUpdate: serverGetResponseSchema,
  volumeAttachmentList: volumeAttachmentListResponseSchema,
  serverSecurityGroups: serverSecurityGroupListResponseSchema,
};

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__/real-nova/corpus.json'), 'utf8')) as { exchanges: Exchange[] };
const parsed = corpus.exchanges.filter((exchange) => exchange.parsedAs !== undefined);

/** The servers of an answer, whatever its kind. */
function serversIn(value: unknown): Array<Record<string, unknown>> {
  const record = value as { server?: Record<string, unknown>; servers?: Array<Record<string, unknown>> };
  return record.servers ?? (record.server ? [record.server] : []);
}

describe('the console reads every answer of real Nova in the corpus', () => {
  it('has the answers it reads', () => {
    expect(new Set(parsed.map((exchange) => exchange.parsedAs))).toEqual(new Set(Object.keys(SCHEMAS)));
  });

  it.each(parsed.map((exchange) => [exchange.name, exchange] as const))('%s', (_name, exchange) => {
    const schema = SCHEMAS[exchange.parsedAs as ParsedAs];
    const { value, skipped } = collectSkipped(() => schema.parse(exchange.body));
    expect(skipped).toEqual([]);
    for (const [index, server] of serversIn(value).entries()) {
      const raw = serversIn(exchange.body)[index] ?? {};
      expect(server.id).toBe(raw.id);
      if ('status' in raw) expect(server.status).toBe(raw.status);
      if ('name' in raw) expect(server.name).toBe(raw.name);
    }
  });
});
