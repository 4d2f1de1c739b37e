import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import created from './__fixtures__/spec/keypair-create-resp.json';
import shown from './__fixtures__/spec/keypair-show-resp.json';
import list from './__fixtures__/spec/keypairs-list-resp.json';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import { createKeyPair, deleteKeyPair, getKeyPair, importKeyPair, listKeyPairs } from './keypairs';

withTestSession();

describe('key pairs', () => {
  it('lists key pairs without their keypair wrapper', async () => {
    answer('get', `${COMPUTE}/os-keypairs`, () => HttpResponse.json(list));
    await expect(listKeyPairs()).resolves.toEqual([{ name: 'keypair', public_key: 'ssh-rsa ... Generated-by-Nova', fingerprint: 'SHA256:...' }]);
  });

  it('encodes a name with spaces in the path', async () => {
    const calls = answer('get', `${COMPUTE}/os-keypairs/:name`, () => HttpResponse.json(shown));
    const keyPair = await getKeyPair('my key');
    expect(calls[0]?.url.pathname).toBe('/sim/compute/v2/t/os-keypairs/my%20key');
    expect(keyPair).toMatchObject({ name: 'keypair', id: '51', created_at: '2020-02-07T03:46:48.000000' });
  });

  it('generates a key pair and returns its private key', async () => {
    const keypair = { ...created.keypair, private_key: '-----BEGIN RSA PRIVATE KEY-----\n...' };
    const calls = answer('post', `${COMPUTE}/os-keypairs`, () => HttpResponse.json({ keypair }));
    const generated = await createKeyPair('web key');
    expect(calls[0]?.body).toEqual({ keypair: { name: 'web key' } });
    expect(generated.private_key).toContain('PRIVATE KEY');
  });

  it('treats a generate answer without a private key as invalid', async () => {
    answer('post', `${COMPUTE}/os-keypairs`, () => HttpResponse.json(created));
    await expect(createKeyPair('k')).rejects.toMatchObject({ kind: 'invalid-response', field: 'keypair.private_key' });
  });

  it('imports a public key', async () => {
    const calls = answer('post', `${COMPUTE}/os-keypairs`, () => HttpResponse.json(created));
    const imported = await importKeyPair('laptop', 'ssh-ed25519 AAAA me@laptop');
    expect(calls[0]?.body).toEqual({ keypair: { name: 'laptop', public_key: 'ssh-ed25519 AAAA me@laptop' } });
    expect(imported.name).toBe('keypair');
    expect(imported).not.toHaveProperty('private_key');
  });

  it('deletes by encoded name and accepts the empty 202', async () => {
    const calls = answer('delete', `${COMPUTE}/os-keypairs/:name`, () => new HttpResponse(null, { status: 202 }));
    await deleteKeyPair('my key');
    expect(calls[0]?.url.pathname.endsWith('/os-keypairs/my%20key')).toBe(true);
  });
});
