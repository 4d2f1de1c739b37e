/**
 * How a request body crosses the proxy. The client's framing headers never travel: the proxy reads the body with
 * Node's parser and frames it anew for the upstream, so the upstream receives exactly the bytes of one request.
 * Node's parser (llhttp) already refuses Content-Length together with Transfer-Encoding, repeated or malformed
 * Content-Length and a chunked coding that is not the last one; what it lets through and another parser on the way
 * (a front server, the upstream) could read differently is refused here with 400, rather than repaired.
 *
 * Upstream, a body always goes with a Content-Length, never chunked: OpenStack's WSGI servers do not all read a
 * chunked request body (real Nova 26 reads it as empty and answers "Malformed request body"), and a server that
 * ignores Transfer-Encoding would read the chunks as the next request. A chunked body is read whole first; the
 * proxy caps its size anyway (PROXY_MAX_BODY_BYTES).
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';

/** How the client framed its body. */
export type BodyFraming = { kind: 'none' } | { kind: 'length'; bytes: number } | { kind: 'chunked' };
/** How the proxy frames it for the upstream. */
export type UpstreamFraming = { kind: 'none' } | { kind: 'length'; bytes: number };

export type FramingResult = { ok: true; framing: BodyFraming } | { ok: false; reason: string };

/**
 * RFC 9110 §9.3.1, 9.3.2 and 9.3.5: content in a GET, HEAD or DELETE request has no defined meaning and "might lead
 * some implementations to reject the request and close the connection because of its potential as a request
 * smuggling attack". No OpenStack API reads such a body and the console never sends one, so the proxy refuses it
 * instead of forwarding bytes whose framing the upstream may not expect.
 */
const BODILESS = new Set(['GET', 'HEAD', 'DELETE']);

function fieldValues(rawHeaders: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === name) values.push(rawHeaders[i + 1] ?? '');
  }
  return values;
}

const refuse = (reason: string): FramingResult => ({ ok: false, reason });

export function requestFraming(req: Pick<IncomingMessage, 'method' | 'rawHeaders' | 'httpVersion'>): FramingResult {
  const codings = fieldValues(req.rawHeaders, 'transfer-encoding');
  const lengths = fieldValues(req.rawHeaders, 'content-length');
  if (codings.length > 0 && lengths.length > 0) return refuse('A request must not carry both Content-Length and Transfer-Encoding.');
  if (codings.length > 1 || lengths.length > 1) return refuse('Content-Length and Transfer-Encoding may each appear once.');

  let framing: BodyFraming = { kind: 'none' };
  const [coding] = codings;
  const [length] = lengths;
  if (coding !== undefined) {
    // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 means the framing is faulty.
    if (req.httpVersion !== '1.1') return refuse('Transfer-Encoding needs HTTP/1.1.');
    // Node has trimmed the spaces around the value. Coding names are case-insensitive by the RFC, but no browser or
    // OpenStack client sends another spelling, and a server on the way might not read it as chunked.
    if (coding !== 'chunked') return refuse('Transfer-Encoding must be exactly "chunked".');
    framing = { kind: 'chunked' };
  } else if (length !== undefined) {
    if (!/^\d{1,15}$/.test(length)) return refuse('Content-Length must be a plain number.');
    const bytes = Number(length);
    if (bytes > 0) framing = { kind: 'length', bytes };
  }

  const method = req.method ?? 'GET';
  if (BODILESS.has(method)) {
    return framing.kind === 'none' ? { ok: true, framing } : refuse(`A ${method} request carries no body through this proxy.`);
  }
  // A POST, PUT or PATCH without a body still says so, rather than leaving the upstream to guess.
  return { ok: true, framing: framing.kind === 'none' ? { kind: 'length', bytes: 0 } : framing };
}

/** The framing headers of the forwarded request; the upstream reads the body by these and nothing else. */
export function framingHeaders(framing: UpstreamFraming): OutgoingHttpHeaders {
  return framing.kind === 'length' ? { 'content-length': framing.bytes } : {};
}
