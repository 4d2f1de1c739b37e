import { describe, expect, it } from 'vitest';
import { sim } from './node';
import { DEMO_USER_ID } from './seed/constants';
import { simClient } from './test-client';

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE imported@example.com';
const create = (keypair: Record<string, unknown>) => simClient().compute('POST', '/os-keypairs', { keypair });

describe('os-keypairs', () => {
  it('lists every key pair wrapped in `keypair`, with name, public_key and fingerprint only', async () => {
    const response = await simClient().compute('GET', '/os-keypairs');
    expect(response.status).toBe(200);
    expect(response.body.keypairs.map((k: { keypair: { name: string } }) => k.keypair.name)).toEqual(['demo-key', 'ops-ed25519']);
    expect(Object.keys(response.body.keypairs[0].keypair).sort()).toEqual(['fingerprint', 'name', 'public_key']);
  });

  it('shows one with an integer id, user_id, zone-less created_at and the deleted fields', async () => {
    const response = await simClient().compute('GET', '/os-keypairs/demo-key');
    expect(response.body.keypair).toMatchObject({
      id: 1,
      name: 'demo-key',
      user_id: DEMO_USER_ID,
      deleted: false,
      deleted_at: null,
      updated_at: null,
      fingerprint: 'SHA256:7TiGq1ltvzbWpcNhrB3F7Oi3hstAFzsg2Gt92/mH2Rg',
    });
    expect(response.body.keypair.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });

  it('generates a key pair when no public key is given: 200 with the private key, once', async () => {
    const response = await create({ name: 'new key' });
    expect(response.status).toBe(200);
    const keypair = response.body.keypair;
    expect(keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(keypair.public_key).toMatch(/^ssh-rsa AAAA\S+ Generated-by-Nova$/);
    expect(keypair.fingerprint).toMatch(/^SHA256:/);
    expect(keypair.user_id).toBe(DEMO_USER_ID);
    const shown = await simClient().compute('GET', '/os-keypairs/new%20key');
    expect(shown.body.keypair).not.toHaveProperty('private_key');
    expect(shown.body.keypair.id).toBe(3);
  });

  it('imports a public key: 200 without a private key, with its SHA256 fingerprint', async () => {
    const response = await create({ name: 'imported', public_key: ED25519 });
    expect(response.status).toBe(200);
    expect(response.body.keypair).not.toHaveProperty('private_key');
    expect(response.body.keypair.fingerprint).toBe('SHA256:E4C3IbqAt0ScY89mSEB9061OlfgblAACMfOIvBUw6ZA');
  });

  it('refuses a public key that does not parse', async () => {
    const response = await create({ name: 'bad', public_key: 'ssh-rsa notbase64!!' });
    expect(response.status).toBe(400);
    expect(response.body.badRequest.message).toBe('Keypair data is invalid: failed to generate fingerprint');
  });

  it('refuses a duplicate name with 409', async () => {
    const response = await create({ name: 'demo-key', public_key: ED25519 });
    expect(response.status).toBe(409);
    expect(response.body.conflictingRequest.message).toBe("Key pair 'demo-key' already exists.");
  });

  it.each([
    ['empty', '', "Invalid input for field/attribute name. Value: . '' is too short"],
    ['256 characters', 'k'.repeat(256), /is too long$/],
    ['a dot', 'my.key', "Invalid input for field/attribute name. Value: my.key. 'my.key' is not a 'keypair_name_20'"],
    ['a leading space', ' key', /^An invalid 'name' value was provided/],
    ['a trailing space', 'key ', /^An invalid 'name' value was provided/],
  ])('refuses a name that is %s', async (_, name, message) => {
    const response = await create({ name, public_key: ED25519 });
    expect(response.status).toBe(400);
    if (typeof message === 'string') expect(response.body.badRequest.message).toBe(message);
    else expect(response.body.badRequest.message).toMatch(message);
  });

  it('accepts spaces, underscores and hyphens inside a name', async () => {
    expect((await create({ name: 'my key_01-a', public_key: ED25519 })).status).toBe(200);
  });

  it('refuses a body without keypair.name', async () => {
    expect((await simClient().compute('POST', '/os-keypairs', { keypair: {} })).status).toBe(400);
    expect((await simClient().compute('POST', '/os-keypairs', {})).body.badRequest.message).toBe("'keypair' is a required property");
  });

  it('deletes with 202 and an empty body; unknown names are 404 with Nova’s message', async () => {
    const client = simClient();
    const deleted = await client.compute('DELETE', '/os-keypairs/ops-ed25519');
    expect(deleted.status).toBe(202);
    expect(deleted.text).toBe('');
    const again = await client.compute('DELETE', '/os-keypairs/ops-ed25519');
    expect(again.status).toBe(404);
    expect(again.body.itemNotFound.message).toBe(`Keypair ops-ed25519 not found for user ${DEMO_USER_ID}`);
    expect(sim.state().keypairs.map((k) => k.name)).toEqual(['demo-key']);
  });
});
