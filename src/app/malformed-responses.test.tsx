import { screen, within } from '@testing-library/react';
import { http, HttpResponse, type PathParams } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../api/session';
import { sim, simSession } from '../mocks/node';
import { server } from '../test/msw-server';
import { renderApp } from '../test/render';

/*
 * The console against answers no cloud should send, but a proxy, a gateway or a buggy release will: the view that
 * asked shows the error with Retry, Retry works once the answer is good, and the rest of the console keeps working.
 */

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});
afterEach(() => {
  sessionStore.set(null);
  vi.restoreAllMocks();
});

const json = (body: unknown) => HttpResponse.json(body as Record<string, unknown>);
const GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** Each kind of bad answer, and what the error alert then says (the summary, and the detail when there is one). */
const BROKEN: Array<[string, () => Response, RegExp]> = [
  ['invalid JSON', () => new HttpResponse('{"servers": [{"id": ', { status: 200, headers: { 'Content-Type': 'application/json' } }), /not JSON/],
  ['an HTML 502 page from a gateway', () => new HttpResponse(GATEWAY_PAGE, { status: 502, headers: { 'Content-Type': 'text/html' } }), /502 Bad Gateway/],
  ['an empty 200', () => new HttpResponse(null, { status: 200 }), /empty/],
  ['a JSON null', () => json(null), /top level/],
];

/**
 * Answers `method path` with `answer` `times` times (only where `when` agrees), then lets the simulated cloud answer.
 * Counting by hand rather than `{ once: true }`: a resolver that falls through must not use the override up.
 */
function breakRequests(method: 'get' | 'post', path: string, answer: () => Response, options: { times?: number; when?: (params: PathParams, request: Request) => boolean } = {}) {
  let left = options.times ?? 1;
  const hits: string[] = [];
  server.use(
    http[method](path, ({ params, request }) => {
      if (left === 0 || (options.when && !options.when(params, request))) return undefined;
      left -= 1;
      hits.push(request.url);
      return answer();
    }),
  );
  return hits;
}

const heading = (name: string) => screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
const navLink = (name: string) => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name });

const retryIn = (alert: HTMLElement) => within(alert).getByRole('button', { name: 'Retry' });

// Rendering the whole console in jsdom is slow on a busy machine.
describe('malformed answers to the instance list', { timeout: 40_000 }, () => {
  // jsdom lays nothing out: give the table's scroll box a height, so the virtualizer renders rows.
  beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 2000 }));
  afterAll(() => Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight'));

  it.each([
    ...BROKEN,
    ['a record without its id', () => json({ servers: [{ name: 'nameless', status: 'ACTIVE', links: [] }] }), /servers\[0\]\.id/],
    ['a status of the wrong type', () => json({ servers: [{ id: 'x', name: 'x', status: 42, links: [] }] }), /servers\[0\]\.status/],
    ['servers that is not a list', () => json({ servers: { id: 'x' } }), /servers/],
  ] as Array<[string, () => Response, RegExp]>)('%s: an error with Retry, and Retry loads the list', async (_name, answer, detail) => {
    breakRequests('get', '*/servers/detail', answer);
    const { user } = renderApp({ url: '/instances' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Could not load the instances');
    expect(alert).toHaveTextContent(detail);
    // The shell is still there: heading and navigation.
    expect(screen.getByRole('heading', { level: 1, name: 'Instances' })).toBeInTheDocument();
    await user.click(retryIn(alert));
    const table = await screen.findByRole('table', { name: 'Instances' }, { timeout: 10_000 });
    expect(await within(table).findByRole('link', { name: 'active' })).toBeInTheDocument();
    expect(screen.queryByText('Could not load the instances')).not.toBeInTheDocument();
  });

  it('the rest of the console works while the list is broken', async () => {
    breakRequests('get', '*/servers/detail', () => json({ servers: 'nope' }), { times: 100 });
    const { user } = renderApp({ url: '/instances' });
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('Could not load the instances');
    await user.click(navLink('Flavors'));
    expect(await heading('Flavors')).toBeInTheDocument();
    expect(await screen.findByRole('columnheader', { name: /vCPUs/ }, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(navLink('Key pairs'));
    expect(await heading('Key pairs')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'demo-key' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('malformed answers to the instance detail page', { timeout: 40_000 }, () => {
  const idOf = (name: string) => sim.state().servers.find((s) => s.name === name && !s.deleted)?.id ?? '';

  it.each([
    BROKEN[0]!,
    ['a record without its status', () => json({ server: { id: 'x', name: 'active', links: [] } }), /server\.status/],
    ['addresses of the wrong type', () => json({ server: { id: 'x', name: 'active', status: 'ACTIVE', links: [], addresses: 'none' } }), /server\.addresses/],
  ] as Array<[string, () => Response, RegExp]>)('%s: an error with Retry, and Retry shows the instance', async (_name, answer, detail) => {
    const id = idOf('active');
    breakRequests('get', '*/servers/:id', answer, { when: (params) => params.id === id });
    const { user } = renderApp({ url: `/instances/${id}` });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(detail);
    await user.click(retryIn(alert));
    expect(await heading('active')).toBeInTheDocument();
    expect(screen.queryByText(detail)).not.toBeInTheDocument();
    // Back to the list through the navigation: the shell was never replaced by an error page.
    await user.click(navLink('Instances'));
    expect(await heading('Instances')).toBeInTheDocument();
  });
});

describe('malformed answers to flavors and key pairs', { timeout: 40_000 }, () => {
  it.each([
    BROKEN[2]!,
    ['vcpus as a string', () => json({ flavors: [{ id: '1', name: 'm2.c1m2', links: [], vcpus: 'one', ram: 2048, disk: 0 }] }), /flavors\[0\]\.vcpus/],
    ['a flavor without ram', () => json({ flavors: [{ id: '1', name: 'm2.c1m2', links: [], vcpus: 1, disk: 0 }] }), /flavors\[0\]\.ram/],
  ] as Array<[string, () => Response, RegExp]>)('flavors, %s: an error with Retry, and Retry loads them', async (_name, answer, detail) => {
    breakRequests('get', '*/flavors/detail', answer);
    const { user } = renderApp({ url: '/flavors' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(detail);
    await user.click(retryIn(alert));
    expect(await screen.findByRole('columnheader', { name: /vCPUs/ }, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(navLink('Instances'));
    expect(await screen.findByRole('table', { name: 'Instances' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it.each([
    BROKEN[1]!,
    ['a key pair without its fingerprint', () => json({ keypairs: [{ keypair: { name: 'k', public_key: 'ssh-ed25519 AAAA' } }] }), /keypairs\[0\]\.keypair\.fingerprint/],
    ['items not wrapped in keypair', () => json({ keypairs: [{ name: 'k', public_key: 'ssh-ed25519 AAAA', fingerprint: 'x' }] }), /keypairs\[0\]\.keypair/],
  ] as Array<[string, () => Response, RegExp]>)('key pairs, %s: an error with Retry, and Retry loads them', async (_name, answer, detail) => {
    breakRequests('get', '*/os-keypairs', answer);
    const { user } = renderApp({ url: '/key-pairs' });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(detail);
    await user.click(retryIn(alert));
    expect(await screen.findByRole('button', { name: 'demo-key' }, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(navLink('Flavors'));
    expect(await screen.findByRole('columnheader', { name: /vCPUs/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
