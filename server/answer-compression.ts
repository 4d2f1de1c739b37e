/**
 * Whether and how the proxy compresses an upstream's answer. Nova answers JSON uncompressed (a list of 5,000 servers
 * is about 10 MB), and the link between the console's server and the browser is the slowest one users have. Only
 * data the proxy passes as it came is compressed, and only for a client that takes the coding.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { constants, createBrotliCompress, createGzip, type BrotliCompress, type Gzip } from 'node:zlib';
import { type ContentCoding, preferredEncoding } from './content-encoding.js';
import { JSON_SUFFIX } from './proxy-headers.js';

/** Below this many bytes, the coding's own overhead and the CPU cost outweigh what it saves. */
export const MIN_COMPRESSED_BYTES = 1024;

export interface ProxiedAnswer {
  method: string;
  status: number;
  /** The upstream's headers, as received. */
  upstream: IncomingHttpHeaders;
  /** The Content-Type the client gets (proxy-headers.ts's dataContentType). */
  contentType: string;
  /** The client's Accept-Encoding. */
  acceptEncoding: string | undefined;
}

function isCompressibleType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence === 'text/plain' || JSON_SUFFIX.test(essence);
}

/** 204 and 304 never have a body; 1xx are not final answers; anything outside 200-599 is not HTTP's. */
function mayHaveBody(method: string, status: number): boolean {
  return method !== 'HEAD' && status >= 200 && status <= 599 && status !== 204 && status !== 304;
}

/** An intermediary must not transform the content of an answer marked no-transform (RFC 9111 §5.2.2.6). */
function forbidsTransform(cacheControl: string | undefined): boolean {
  return (cacheControl ?? '').split(',').some((directive) => directive.trim().toLowerCase() === 'no-transform');
}

function isLargeEnough(contentLength: string | undefined): boolean {
  if (contentLength === undefined) return true;
  return /^\d+$/.test(contentLength) && Number(contentLength) >= MIN_COMPRESSED_BYTES;
}

/**
 * The coding the proxy gives this answer, or null to pass it untouched: an answer the upstream coded already,
 * a part of a representation (Content-Range), a type that is not JSON or text, a small or empty body.
 */
export function answerEncoding(answer: ProxiedAnswer): ContentCoding | null {
  const { upstream } = answer;
  const coded = upstream['content-encoding'];
  if (coded !== undefined && coded.trim().toLowerCase() !== 'identity') return null;
  if (!mayHaveBody(answer.method, answer.status)) return null;
  if (upstream['content-range'] !== undefined || forbidsTransform(upstream['cache-control'])) return null;
  if (!isCompressibleType(answer.contentType) || !isLargeEnough(upstream['content-length'])) return null;
  return preferredEncoding(answer.acceptEncoding);
}

/** `Vary` with Accept-Encoding in it once (`*` already covers it). */
export function varyWithAcceptEncoding(vary: OutgoingHttpHeaders[string]): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.some((name) => name === '*' || name.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}

/**
 * The client's headers for the coded answer: its length is not known before the end (chunked framing carries it),
 * ranges of the upstream's bytes are no ranges of these (Accept-Ranges goes), and a strong ETag named the upstream's
 * bytes, not these (RFC 9110 §8.8.1): it becomes weak, which If-None-Match still matches (weak comparison).
 */
export function encodedAnswerHeaders(headers: OutgoingHttpHeaders, coding: ContentCoding): OutgoingHttpHeaders {
  const { 'content-length': _length, 'accept-ranges': _ranges, ...rest } = headers;
  const etag = rest.etag;
  return {
    ...rest,
    'content-encoding': coding,
    vary: varyWithAcceptEncoding(rest.vary),
    ...(typeof etag === 'string' && etag.startsWith('"') ? { etag: `W/${etag}` } : {}),
  };
}

/**
 * A streaming encoder. Brotli at quality 4 codes a server list in about the time gzip at level 6 takes (3.5 MB: ~35 ms
 * on one core) and 7% smaller; quality 9, which the static files use, is for bytes coded once and served many times.
 * Its window of 256 KB (not the default 4 MB) lets coded bytes flow after the first 256 KB instead of after 4 MB,
 * holds less per answer, and codes JSON lists as small: what repeats in them repeats close by.
 */
export function answerEncoder(coding: ContentCoding, contentLength: string | undefined): BrotliCompress | Gzip {
  if (coding === 'gzip') return createGzip({ level: 6 });
  const params: Record<number, number> = {
    [constants.BROTLI_PARAM_QUALITY]: 4,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_LGWIN]: 18,
  };
  if (contentLength !== undefined && /^\d+$/.test(contentLength)) params[constants.BROTLI_PARAM_SIZE_HINT] = Number(contentLength);
  return createBrotliCompress({ params });
}
