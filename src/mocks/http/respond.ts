/** Plain `Response` builders, so the same handlers can later sit behind a node HTTP server. */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** Nova's empty 202/204 bodies still say `Content-Type: application/json`. */
export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
