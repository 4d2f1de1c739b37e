import { expect } from '@playwright/test';

/**
 * Real Nova, reached directly (not through the console) to set the scene and to check what the console did.
 * `npm run check:nova` brings it up with scripts/real-nova/up.sh and passes its URLs in the environment.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this suite with \`npm run check:nova\`.`);
  return value;
}

export const nova = {
  tenant: () => required('REAL_NOVA_TENANT'),
  compute: () => required('REAL_NOVA_COMPUTE'),
  image: () => required('REAL_NOVA_IMAGE'),
  network: () => required('REAL_NOVA_NETWORK'),
  imageId: () => required('REAL_NOVA_IMAGE_ID'),
  networkId: () => required('REAL_NOVA_NETWORK_ID'),
};

/** noauth2's token: `<user>:<project>`; the user `admin` is an administrator. */
export const userToken = () => `operator:${nova.tenant()}`;
const adminToken = () => `admin:${nova.tenant()}`;

export interface NovaServer {
  id: string;
  name: string;
  status: string;
  flavor: { id: string };
  'OS-EXT-STS:task_state'?: string | null;
}

export async function novaCall(method: string, path: string, body?: unknown, token = adminToken()): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${nova.compute()}${path}`, {
    method,
    headers: { 'X-Auth-Token': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? null : (JSON.parse(text) as unknown) };
}

export async function listServers(query = ''): Promise<NovaServer[]> {
  const { status, json } = await novaCall('GET', `/servers/detail${query}`);
  expect(status).toBe(200);
  return (json as { servers: NovaServer[] }).servers;
}

export async function getServer(id: string): Promise<NovaServer | null> {
  const { status, json } = await novaCall('GET', `/servers/${id}`);
  if (status === 404) return null;
  expect(status).toBe(200);
  return (json as { server: NovaServer }).server;
}

/** Waits for Nova to report a status (and no task) for as long as that honestly takes; an ERROR ends the wait. */
export async function waitForStatus(id: string, wanted: string): Promise<NovaServer> {
  let server: NovaServer | null = null;
  await expect
    .poll(
      async () => {
        server = await getServer(id);
        if (server?.status === 'ERROR' && wanted !== 'ERROR') throw new Error(`${id} went to ERROR while waiting for ${wanted}`);
        return server && !server['OS-EXT-STS:task_state'] ? server.status : `${server?.status ?? 'gone'} (busy)`;
      },
      { timeout: 180_000, intervals: [500, 1_000] },
    )
    .toBe(wanted);
  return server as unknown as NovaServer;
}

/** A server created through the API, owned by the signed-in user's project, ACTIVE before the test starts. */
export async function createActiveServer(name: string, flavorRef = 'f-small'): Promise<string> {
  const { status, json } = await novaCall(
    'POST',
    '/servers',
    { server: { name, imageRef: nova.imageId(), flavorRef, networks: [{ uuid: nova.networkId() }] } },
    userToken(),
  );
  expect(status, JSON.stringify(json)).toBe(202);
  const id = (json as { server: { id: string } }).server.id;
  await waitForStatus(id, 'ACTIVE');
  return id;
}

export async function deleteServer(id: string): Promise<void> {
  const { status } = await novaCall('DELETE', `/servers/${id}`);
  expect([204, 404]).toContain(status);
}
