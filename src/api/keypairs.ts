import { request } from './client';
import {
  type CreatedKeyPair,
  type GeneratedKeyPair,
  type KeyPair,
  type KeyPairCreateBody,
  type KeyPairSummary,
  keyPairCreateResponseSchema,
  keyPairGenerateResponseSchema,
  keyPairGetResponseSchema,
  keyPairListResponseSchema,
} from './schemas/keypair';
import { segment } from './url';

/** Key pairs belong to the user, not the project, and do not paginate at 2.1. */
export async function listKeyPairs(signal?: AbortSignal): Promise<KeyPairSummary[]> {
  const body = await request({ service: 'compute', path: '/os-keypairs', schema: keyPairListResponseSchema, signal });
  return body.keypairs.map((item) => item.keypair);
}

export async function getKeyPair(name: string, signal?: AbortSignal): Promise<KeyPair> {
  const path = `/os-keypairs/${segment(name)}`;
  const body = await request({ service: 'compute', path, schema: keyPairGetResponseSchema, signal });
  return body.keypair;
}

/** Nova generates the key; the answer is the only time the private key exists anywhere. Never log it. */
export async function createKeyPair(name: string, signal?: AbortSignal): Promise<GeneratedKeyPair> {
  const payload: KeyPairCreateBody = { keypair: { name } };
  const body = await request({
    service: 'compute',
    method: 'POST',
    path: '/os-keypairs',
    body: payload,
    schema: keyPairGenerateResponseSchema,
    signal,
  });
  return body.keypair;
}

export async function importKeyPair(name: string, publicKey: string, signal?: AbortSignal): Promise<CreatedKeyPair> {
  const payload: KeyPairCreateBody = { keypair: { name, public_key: publicKey } };
  const body = await request({
    service: 'compute',
    method: 'POST',
    path: '/os-keypairs',
    body: payload,
    schema: keyPairCreateResponseSchema,
    signal,
  });
  return body.keypair;
}

export async function deleteKeyPair(name: string, signal?: AbortSignal): Promise<void> {
  await request({ service: 'compute', method: 'DELETE', path: `/os-keypairs/${segment(name)}`, signal });
}
