import type { IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerEncoder, answerEncoding, encodedAnswerHeaders, type ProxiedAnswer, varyWithAcceptEncoding } from './answer-compression.js';

const BIG = { 'content-type': 'application/json', 'content-length': '99000' };
const answer = (change: Partial<ProxiedAnswer> & { upstream?: IncomingHttpHeaders } = {}): ProxiedAnswer => ({
  method: 'GET',
  status: 200,
  upstream: BIG,
  contentType: 'application/json',
  acceptEncoding: 'gzip, deflate, br, zstd',
  ...change,
});

describe('answerEncoding', () => {
  it.each<[string, Partial<ProxiedAnswer>, 'br' | 'gzip' | null]>([
    ['a large JSON answer to a browser', {}, 'br'],
    ['to a client that takes gzip only (python-requests)', { acceptEncoding: 'gzip, deflate' }, 'gzip'],
    ['to a client that asks for nothing', { acceptEncoding: undefined }, null],
    ['to a client that takes neither', { acceptEncoding: 'deflate, zstd' }, null],
    ['to a client that refuses both', { acceptEncoding: 'br;q=0, gzip;q=0' }, null],
    ['to a client that refuses everything', { acceptEncoding: '*;q=0' }, null],
    ['chunked, length unknown', { upstream: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, 'br'],
    ['of exactly 1024 bytes', { upstream: { 'content-length': '1024' } }, 'br'],
    ['of 1023 bytes', { upstream: { 'content-length': '1023' } }, null],
    ['empty', { upstream: { 'content-length': '0' } }, null],
    ['with a Content-Length that is no number', { upstream: { 'content-length': 'lots' } }, null],
    ['application/json with its charset', { contentType: 'application/json; charset=utf-8' }, 'br'],
    ['an OpenStack +json type', { contentType: 'application/vnd.openstack.compute+json' }, 'br'],
    ['text/plain', { contentType: 'text/plain; charset=utf-8' }, 'br'],
    ['a type the proxy made application/octet-stream', { contentType: 'application/octet-stream' }, null],
    ['HEAD', { method: 'HEAD' }, null],
    ['POST', { method: 'POST', status: 201 }, 'br'],
    ['an error', { status: 404 }, 'br'],
    ['a server error', { status: 503 }, 'br'],
    ['204', { status: 204 }, null],
    ['304', { status: 304 }, null],
    ['101', { status: 101 }, null],
    ['199', { status: 199 }, null],
    ['600', { status: 600 }, null],
    ['206 with Content-Range', { status: 206, upstream: { ...BIG, 'content-range': 'bytes 0-98999/200000' } }, null],
    ['416 with Content-Range', { status: 416, upstream: { ...BIG, 'content-range': 'bytes */200000' } }, null],
    ['coded gzip already', { upstream: { ...BIG, 'content-encoding': 'gzip' } }, null],
    ['coded br already', { upstream: { ...BIG, 'content-encoding': 'br' } }, null],
    ['with Content-Encoding identity', { upstream: { ...BIG, 'content-encoding': 'identity' } }, 'br'],
    ['with Content-Encoding Identity', { upstream: { ...BIG, 'content-encoding': ' Identity ' } }, 'br'],
    ['with Cache-Control no-transform', { upstream: { ...BIG, 'cache-control': 'private, No-Transform' } }, null],
    ['with another Cache-Control', { upstream: { ...BIG, 'cache-control': 'no-cache, no-store' } }, 'br'],
  ])('%s → %s', (_case, change, expected) => {
    expect(answerEncoding(answer(change))).toBe(expected);
  });
});

describe('varyWithAcceptEncoding', () => {
  it.each([
    [undefined, 'Accept-Encoding'],
    ['', 'Accept-Encoding'],
    ['X-Auth-Token', 'X-Auth-Token, Accept-Encoding'],
    ['X-Auth-Token,OpenStack-API-Version', 'X-Auth-Token, OpenStack-API-Version, Accept-Encoding'],
    ['accept-encoding', 'accept-encoding'],
    ['X-Auth-Token, Accept-Encoding', 'X-Auth-Token, Accept-Encoding'],
    ['*', '*'],
    [['X-Auth-Token', 'Accept-Encoding'], 'X-Auth-Token, Accept-Encoding'],
  ])('%j → %j', (vary, expected) => {
    expect(varyWithAcceptEncoding(vary)).toBe(expected);
  });
});

describe('encodedAnswerHeaders', () => {
  it('drops the length and Accept-Ranges, names the coding, varies on Accept-Encoding and keeps the rest', () => {
    const headers = encodedAnswerHeaders(
      { 'content-type': 'application/json', 'content-length': 99000, 'accept-ranges': 'bytes', vary: 'X-Auth-Token', 'x-openstack-request-id': 'req-1' },
      'br',
    );
    expect(headers).toEqual({ 'content-type': 'application/json', 'content-encoding': 'br', vary: 'X-Auth-Token, Accept-Encoding', 'x-openstack-request-id': 'req-1' });
  });

  it.each([
    ['"abc"', 'W/"abc"'],
    ['W/"abc"', 'W/"abc"'],
  ])('makes ETag %s %s', (etag, expected) => {
    expect(encodedAnswerHeaders({ etag }, 'gzip').etag).toBe(expected);
  });
});

describe('answerEncoder', () => {
  const body = Buffer.from(JSON.stringify({ servers: Array.from({ length: 200 }, (_, index) => ({ id: `server-${index}`, status: 'ACTIVE' })) }));
  const encode = (coding: 'br' | 'gzip', length?: string) =>
    new Promise<Buffer>((resolve, reject) => {
      const encoder = answerEncoder(coding, length);
      const chunks: Buffer[] = [];
      encoder.on('data', (chunk: Buffer) => chunks.push(chunk));
      encoder.on('end', () => resolve(Buffer.concat(chunks)));
      encoder.on('error', reject);
      encoder.end(body);
    });

  it.each([
    ['br', String(body.length), brotliDecompressSync],
    ['br', undefined, brotliDecompressSync],
    ['gzip', undefined, gunzipSync],
  ] as const)('codes %s (length %s) into what decodes to the same bytes, smaller', async (coding, length, decode) => {
    const coded = await encode(coding, length);
    expect(coded.length).toBeLessThan(body.length / 4);
    expect(decode(coded).equals(body)).toBe(true);
  });
});
