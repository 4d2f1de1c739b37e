/** Tests only: `/proxy/...` in jsdom reaches the simulated cloud (http://localhost/sim) as the real proxy would. */
import { getResponse, http, HttpResponse } from 'msw';
import { sim } from '../../mocks/node';
import { server } from '../../test/msw-server';
import type { ConsoleConfig } from './console-config';
import { fromProxyUrl } from '../../api/proxy-url';

export const testConsoleConfig: ConsoleConfig = {
  identity: { v2: 'http://localhost/sim/identity/v2.0', v3: null },
  allowedOrigins: ['http://localhost'],
  proxyPrefix: '/proxy/',
};

/** Serves `/config.json` and forwards `/proxy/http/localhost/...` to the simulated cloud's handlers. */
export function useTestProxy(config: ConsoleConfig = testConsoleConfig): void {
  server.use(
    http.get('/config.json', () => HttpResponse.json(config)),
    http.all('/proxy/*', async ({ request }) => {
      const url = new URL(request.url);
      const upstream = fromProxyUrl(`${url.pathname}${url.search}`);
      if (upstream === null) return HttpResponse.json({ error: { code: 403, title: 'Forbidden', message: 'not a proxy URL' } }, { status: 403 });
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
      const forwarded = new Request(upstream, { method: request.method, headers: request.headers, body });
      return (await getResponse(sim.handlers, forwarded)) ?? HttpResponse.json({ itemNotFound: { code: 404, message: 'Not found' } }, { status: 404 });
    }),
  );
}
