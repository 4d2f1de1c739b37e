/** Key pairs belong to the user, not the project. Status codes of the legacy /v2 API: create 200, delete 202. */
import { badRequest, conflict, forbidden, notFound } from '../http/faults';
import { empty, json } from '../http/respond';
import type { AuthedContext, SimRoute } from '../http/router';
import { checkName, invalidField, messages, requireBodyObject } from '../http/validate';
import { fingerprintOfPublicKey, generateRsaKeyPair, InvalidPublicKeyError } from '../ssh-keys';
import type { SimKeypair } from '../state';
import { zonelessMicros } from '../time-format';

const BASE = '/compute/v2/:tenantId/os-keypairs';
const KEYPAIR_NAME = /^[a-zA-Z0-9 _-]+$/;

function userKeypairs(ctx: AuthedContext): SimKeypair[] {
  return ctx.state.keypairs.filter((k) => k.userId === ctx.user.id);
}

function findKeypair(ctx: AuthedContext): SimKeypair {
  const name = ctx.params.keypairName ?? '';
  const keypair = userKeypairs(ctx).find((k) => k.name === name);
  if (!keypair) throw notFound(`Keypair ${name} not found for user ${ctx.user.id}`);
  return keypair;
}

function checkKeypairName(value: unknown): string {
  const name = checkName('name', value);
  if (!KEYPAIR_NAME.test(name)) throw invalidField('name', name, messages.format(name, 'keypair_name_20'));
  return name;
}

async function createKeypair(ctx: AuthedContext): Promise<Response> {
  const body = requireBodyObject(await ctx.readJson(), 'keypair');
  if (body.name === undefined) throw invalidField('keypair', body, messages.required('name'));
  const name = checkKeypairName(body.name);
  const publicKeyInput = body.public_key;
  if (publicKeyInput !== undefined && publicKeyInput !== null && typeof publicKeyInput !== 'string') {
    throw invalidField('public_key', publicKeyInput, messages.type(publicKeyInput, 'string'));
  }
  const assertFree = () => {
    if (userKeypairs(ctx).some((k) => k.name === name)) throw conflict(`Key pair '${name}' already exists.`);
    if (ctx.config.quota.keypairs >= 0 && userKeypairs(ctx).length >= ctx.config.quota.keypairs) throw forbidden('Quota exceeded, too many key pairs.');
  };
  assertFree();

  // The spec: "If left blank, a new key pair is created."
  let material: { publicKey: string; fingerprint: string; privateKey?: string };
  if (publicKeyInput) {
    try {
      material = { publicKey: publicKeyInput.trim(), fingerprint: await fingerprintOfPublicKey(publicKeyInput) };
    } catch (error) {
      if (error instanceof InvalidPublicKeyError) throw badRequest('Keypair data is invalid: failed to generate fingerprint');
      throw error;
    }
  } else {
    const generated = await generateRsaKeyPair();
    material = { publicKey: generated.publicKey, fingerprint: generated.fingerprint, privateKey: generated.privateKeyPem };
  }
  assertFree(); // Generating a key takes a while; another request may have taken the name meanwhile.

  const keypair: SimKeypair = {
    id: ctx.state.nextKeypairId,
    name,
    userId: ctx.user.id,
    publicKey: material.publicKey,
    fingerprint: material.fingerprint,
    createdAt: ctx.now,
  };
  ctx.state.nextKeypairId += 1;
  ctx.state.keypairs.push(keypair);
  return json({
    keypair: {
      name,
      public_key: keypair.publicKey,
      fingerprint: keypair.fingerprint,
      user_id: keypair.userId,
      ...(material.privateKey ? { private_key: material.privateKey } : {}),
    },
  });
}

export const keypairRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: BASE,
    service: 'compute',
    handle(ctx) {
      const keypairs = [...userKeypairs(ctx)]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id))
        .map((k) => ({ keypair: { name: k.name, public_key: k.publicKey, fingerprint: k.fingerprint } }));
      return json({ keypairs });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/:keypairName`,
    service: 'compute',
    handle(ctx) {
      const k = findKeypair(ctx);
      return json({
        keypair: {
          public_key: k.publicKey,
          user_id: k.userId,
          name: k.name,
          deleted: false,
          created_at: zonelessMicros(k.createdAt),
          updated_at: null,
          fingerprint: k.fingerprint,
          deleted_at: null,
          id: k.id,
        },
      });
    },
  },
  { method: 'POST', path: BASE, service: 'compute', handle: createKeypair },
  {
    method: 'DELETE',
    path: `${BASE}/:keypairName`,
    service: 'compute',
    handle(ctx) {
      const keypair = findKeypair(ctx);
      ctx.state.keypairs = ctx.state.keypairs.filter((k) => k !== keypair);
      return empty(202);
    },
  },
];
