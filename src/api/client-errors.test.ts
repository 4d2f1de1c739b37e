import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../test/msw-server';
import { COMPUTE, NETWORK, withTestSession } from './__fixtures__/test-session';
import { ApiError } from './api-error';
import { request } from './client';

withTestSession();

const BASES: Record<'compute' | 'network', string> = { compute: COMPUTE, network: NETWORK };

/** Answers GET {service}/failing with the given response and returns what the client threw. */
async function errorFor(response: Response, service: 'compute' | 'network' = 'compute'): Promise<ApiError> {
  server.use(http.get(`${BASES[service]}/failing`, () => response));
  const error = await request({ service, path: '/failing' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

describe('ApiError from error bodies', () => {
  it("reads Nova's {faultName: {code, message}} verbatim, and the request id", async () => {
    const message = "Cannot 'stop' instance 8f1c while it is in vm_state stopped";
    const error = await errorFor(
      HttpResponse.json({ conflictingRequest: { code: 409, message } }, { status: 409, headers: { 'x-openstack-request-id': 'req-abc' } }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 409, faultName: 'conflictingRequest', message, requestId: 'req-abc' });
    expect(error).toMatchObject({ service: 'compute', method: 'GET', path: '/failing' });
  });

  it('reads any single top-level key holding a message, and the legacy request id header', async () => {
    const error = await errorFor(
      HttpResponse.json({ badRequest: { code: 400, message: 'min_count must be <= max_count' } }, { status: 400, headers: { 'x-compute-request-id': 'req-old' } }),
    );
    expect(error).toMatchObject({ faultName: 'badRequest', message: 'min_count must be <= max_count', requestId: 'req-old' });
  });

  it("reads Keystone's {error: {code, title, message}}", async () => {
    const error = await errorFor(
      HttpResponse.json({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, { status: 401 }),
    );
    expect(error).toMatchObject({ status: 401, faultName: 'Unauthorized', message: 'The request you have made requires authentication.' });
  });

  it("reads Neutron's {NeutronError: {type, message, detail}}", async () => {
    const body = { NeutronError: { type: 'VpcInternetGatewayAlreadyInUse', message: 'Gateway is in use.', detail: 'igw-1' } };
    const error = await errorFor(HttpResponse.json(body, { status: 409 }), 'network');
    expect(error).toMatchObject({ service: 'network', faultName: 'VpcInternetGatewayAlreadyInUse', message: 'Gateway is in use.', detail: 'igw-1' });
  });

  it("reads WebOb's bare {code: '404 Not Found', title, message}", async () => {
    const body = { code: '404 Not Found', title: 'Not Found', message: 'The resource could not be found.<br /><br />\n\n\n' };
    const error = await errorFor(HttpResponse.json(body, { status: 404 }));
    expect(error).toMatchObject({ status: 404, faultName: 'Not Found', message: 'The resource could not be found.' });
  });

  it('reads a top-level {message}', async () => {
    const error = await errorFor(HttpResponse.json({ message: 'Rate limit exceeded' }, { status: 429 }));
    expect(error).toMatchObject({ status: 429, message: 'Rate limit exceeded', faultName: undefined });
  });

  it('keeps a short text of an HTML gateway page, never its markup', async () => {
    const html = '<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    const error = await errorFor(HttpResponse.html(html, { status: 502 }));
    expect(error).toMatchObject({ status: 502, message: '502 Bad Gateway' });
  });

  it('keeps the visible text of an HTML page without a title, shortened', async () => {
    const html = `<body><p>Service &amp; gateway down.</p><script>var x = "<b>";</script><p>${'x'.repeat(400)}</p></body>`;
    const error = await errorFor(new HttpResponse(html, { status: 503, headers: { 'Content-Type': 'text/html' } }));
    expect(error.message.startsWith('Service & gateway down. xxx')).toBe(true);
    expect(error.message).not.toMatch(/[<>]/);
    expect(error.message.length).toBeLessThanOrEqual(200);
  });

  it('keeps a plain-text body (Glance) as the message', async () => {
    const error = await errorFor(HttpResponse.text('404 Not Found\n\nNo image found with ID abc\n\n   ', { status: 404 }));
    expect(error.message).toBe('404 Not Found No image found with ID abc');
  });

  it('falls back to the status when the body says nothing', async () => {
    const empty = await errorFor(new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' }));
    expect(empty.message).toBe('HTTP 503 Service Unavailable');
    const unknownJson = await errorFor(HttpResponse.json({ code: 500 }, { status: 500 }));
    expect(unknownJson.message).toBe('{"code":500}');
  });
});
