/**
 * Headers a request may carry once only. Node joins repeats of most headers with ", " and keeps the first of a
 * few (Host among them), so a check that reads `req.headers` could pass a request whose second copy says
 * something else to a server that reads the last one. A request that repeats any of these is refused whole.
 */
import type { IncomingMessage } from 'node:http';

const SINGLE = ['host', 'origin', 'referer', 'sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest', 'x-auth-token', 'content-type', 'authorization'];

/** The first header of SINGLE that the request repeats, or null. */
export function duplicatedHeader(req: IncomingMessage): string | null {
  const distinct = req.headersDistinct;
  return SINGLE.find((name) => (distinct[name]?.length ?? 0) > 1) ?? null;
}
