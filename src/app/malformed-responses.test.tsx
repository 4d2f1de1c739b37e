import { screen, within } from '@testing-library/react';
import { http, HttpResponse, type PathParams } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../api/session';
import { sim, simSession } from '../mocks/node';
import withNulls from '../api/__fixtures__/odd/servers-detail-nulls.json';
import { server } from '../test/msw-server';
import { renderApp } from '../test/render';
import { getByRoleHolding } from '../test/queries';

/*
 * The console against answers no cloud should send, but a proxy, a gateway or a buggy release will: the view that
 * asked shows the error with Retry, Retry works once the answer is good, and the rest of the console keeps working.
 */

beforeEach(() => {
  const { token, tenantId, endpoints } = simSession();
  sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
});
afterEach(() => vi.restoreAllMocks());

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
    ['a record without its id', () => json({ server: { name: 'active', status: 'ACTIVE', links: [] } }), /server\.id/],
    ['a server that is not a record', () => json({ server: 'active' }), /server/],
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
    ['flavors that is not a list', () => json({ flavors: { id: '1' } }), /flavors/],
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
    ['keypairs that is null', () => json({ keypairs: null }), /keypairs/],
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

/*
 * One odd record must not cost the page: nulls where a string is documented show as blanks, and a record the console
 * cannot read at all (no id) is left out, named in a notice, while every other record shows.
 */
describe('one odd record in a list', { timeout: 40_000 }, () => {
  beforeAll(() => Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 2000 }));
  afterAll(() => Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight'));

  const noticeTitle = /1 record from the cloud is not shown/;

  it('the instance list shows the servers with nulls and the good ones, and names the one without an id', async () => {
    const nameless = { name: 'nameless', status: 'ACTIVE', links: [] };
    breakRequests('get', '*/servers/detail', () => json({ servers: [...withNulls.servers, nameless] }), { times: 100 });
    renderApp({ url: '/instances' });
    const table = await screen.findByRole('table', { name: 'Instances' }, { timeout: 10_000 });
    const row = (name: string) => getByRoleHolding(table, 'row', (inRow) => inRow.queryByRole('link', { name }));
    expect(await within(table).findByRole('link', { name: 'null-fields' })).toBeInTheDocument();
    expect(within(row('null-fields')).getByText('Error')).toBeInTheDocument();
    expect(within(row('plain')).getByText('nova')).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'nameless' })).not.toBeInTheDocument();
    expect(screen.getByText('2 instances')).toBeInTheDocument();
    await screen.findByText(noticeTitle);
    const notice = getByRoleHolding(document.body, 'alert', (alert) => alert.queryByText(noticeTitle));
    expect(notice).toHaveTextContent('GET /servers/detail, item 3 (nameless): id:');
    expect(screen.queryByText('Could not load the instances')).not.toBeInTheDocument();
  });

  it('the flavors page shows the other flavors and names the one without its RAM', async () => {
    const good = { id: '1', name: 'm2.c1m2', links: [], vcpus: 1, ram: 2048, disk: 20, swap: '', description: null };
    const noRam = { id: '2', name: 'm2.broken', links: [], vcpus: 1, ram: null, disk: 20 };
    breakRequests('get', '*/flavors/detail', () => json({ flavors: [good, noRam] }), { times: 100 });
    renderApp({ url: '/flavors' });
    expect(await screen.findByText('m2.c1m2', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('m2.broken')).not.toBeInTheDocument();
    await screen.findByText(noticeTitle);
    const notice = getByRoleHolding(document.body, 'alert', (alert) => alert.queryByText(noticeTitle));
    expect(notice).toHaveTextContent('GET /flavors/detail, item 2 (2): ram:');
  });

  it('the key pairs page shows a key pair whose fingerprint is null', async () => {
    breakRequests('get', '*/os-keypairs', () => json({ keypairs: [{ keypair: { name: 'odd-key', public_key: 'ssh-ed25519 AAAA', fingerprint: null } }] }), { times: 100 });
    renderApp({ url: '/key-pairs' });
    expect(await screen.findByRole('button', { name: 'odd-key' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
