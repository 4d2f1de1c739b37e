/** A small fetch client for the simulated cloud's own tests (not used by the console). */
import { sim, SIM_BASE_URL, simSession } from './node';
import { seedLookups } from './seed/lookups';

export interface SimResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Tests read arbitrary payloads. */
  body: any;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function rawRequest(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<SimResponse> {
  const init: RequestInit = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json', ...init.headers };
  }
  const response = await fetch(url.startsWith('http') ? url : `${SIM_BASE_URL}${url}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: parseOrNull(text) };
}

function parseOrNull(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Calls each service as the demo user with a fresh token. */
export function simClient(token = simSession().token) {
  const { endpoints } = simSession();
  const call = (base: string) => (method: Method, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    rawRequest(method, `${base}${path}`, body, { 'X-Auth-Token': token, ...headers });
  return {
    token,
    compute: call(endpoints.compute),
    image: call(endpoints.image),
    network: call(endpoints.network),
    volume: call(endpoints.volume),
  };
}

/** The live seed objects, by name (tests only). */
export function seeded() {
  const state = sim.state();
  const lookups = seedLookups(state);
  const server = (name: string) => {
    const found = state.servers.find((s) => s.name === name);
    if (!found) throw new Error(`no server ${name}`);
    return found;
  };
  return { ...lookups, server, state };
}

/** A create body that passes every rule; each test breaks one thing. */
export function validCreateBody(overrides: Record<string, unknown> = {}) {
  const { flavor, image, subnet } = seeded();
  const ubuntu = image('Ubuntu Server 22.04 LTS (');
  return {
    server: {
      name: 'web-01',
      imageRef: ubuntu.id,
      flavorRef: flavor('m2.c2m4').id,
      networks: [{ subnet: subnet('Default Network').id }],
      key_name: 'demo-key',
      block_device_mapping_v2: [
        { source_type: 'image', uuid: ubuntu.id, boot_index: 0, volume_size: 30, destination_type: 'volume', delete_on_termination: 1 },
      ],
      security_groups: [{ name: 'default' }],
      ...overrides,
    },
  };
}
