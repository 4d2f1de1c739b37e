import { http } from 'msw';
import { server } from '../../test/msw-server';

export interface CapturedRequest {
  method: string;
  url: URL;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  headers: Headers;
}

/** Answers `method url` with `reply()` for the rest of the test, and records every request it gets. */
export function answer(
  method: 'get' | 'post' | 'put' | 'delete',
  url: string,
  reply: (request: CapturedRequest) => Response,
): CapturedRequest[] {
  const calls: CapturedRequest[] = [];
  server.use(
    http[method](url, async ({ request }) => {
      const text = await request.text();
      const captured = {
        method: request.method,
        url: new URL(request.url),
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        headers: request.headers,
      };
      calls.push(captured);
      return reply(captured);
    }),
  );
  return calls;
}
