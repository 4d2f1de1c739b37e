/**
 * Serves the built single-page app: files from the build folder, `index.html` for every other page URL
 * (the router decides), hashed assets cached for a year, everything else revalidated, text compressed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { type ContentCoding, preferredEncoding } from './content-encoding.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);
const MIN_COMPRESS_BYTES = 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface CachedFile {
  body: Buffer;
  type: string;
  etag: string;
  compressible: boolean;
  encoded: Map<string, Buffer>;
}

/**
 * `/a/b.js` inside `root`, or null for anything that is not a plain path below it. Hidden names (`.vite/`, whose
 * manifest maps the sources to the build, or a stray `.env`) are never served.
 */
function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((part) => part.startsWith('.'))) return null;
  const full = join(root, decoded);
  return full === root || full.startsWith(root + sep) ? full : null;
}

export interface StaticOptions {
  /**
   * The build writes source maps without naming them in the scripts. Served, they would hand anyone the console's
   * sources with their comments; an operator who wants them in the browser's tools says so (SERVE_SOURCE_MAPS=1),
   * and each script then names its map in a `SourceMap` header.
   */
  serveSourceMaps: boolean;
}

export function createStaticHandler(rootDir: string, options: StaticOptions = { serveSourceMaps: false }): (req: IncomingMessage, res: ServerResponse) => void {
  const root = realpathSync(rootDir);
  // The build is immutable while the server runs: read each file once, compress it once.
  const cache = new Map<string, CachedFile | null>();

  function load(file: string): CachedFile | null {
    if (cache.has(file)) return cache.get(file) ?? null;
    let entry: CachedFile | null = null;
    try {
      // realpath: a symlink in the build folder must not lead outside it.
      const real = realpathSync(file);
      if ((real.startsWith(root + sep) || real === root) && statSync(real).isFile()) {
        const body = readFileSync(real);
        const ext = extname(real).toLowerCase();
        entry = {
          body,
          type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          compressible: COMPRESSIBLE.has(ext) && body.length >= MIN_COMPRESS_BYTES,
          encoded: new Map(),
        };
      }
    } catch {
      entry = null;
    }
    cache.set(file, entry);
    return entry;
  }

  function encode(entry: CachedFile, encoding: ContentCoding): Buffer {
    let body = entry.encoded.get(encoding);
    if (!body) {
      body =
        encoding === 'br'
          ? brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
          : gzipSync(entry.body, { level: 9 });
      entry.encoded.set(encoding, body);
    }
    return body;
  }

  function send(req: IncomingMessage, res: ServerResponse, entry: CachedFile, cacheControl: string, sourceMap: string | null = null): void {
    const headers: Record<string, string | number> = { 'content-type': entry.type, 'cache-control': cacheControl, etag: entry.etag };
    if (sourceMap !== null) headers.sourcemap = sourceMap;
    if (entry.compressible) headers.vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const encoding = entry.compressible ? preferredEncoding(req.headers['accept-encoding']) : null;
    const body = encoding ? encode(entry, encoding) : entry.body;
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function notFound(res: ServerResponse): void {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
    res.end('Not found\n');
  }

  return function handleStatic(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const isMap = extname(pathname).toLowerCase() === '.map';
    const file = pathname === '/' || (isMap && !options.serveSourceMaps) ? null : resolveInside(root, pathname);
    const entry = file === null ? null : load(file);
    if (entry) {
      const map = options.serveSourceMaps && file !== null && !isMap && load(`${file}.map`) !== null ? `${pathname.split('/').pop()}.map` : null;
      send(req, res, entry, pathname.startsWith('/assets/') ? IMMUTABLE : 'no-cache', map);
      return;
    }
    // A missing asset or file is a 404; any other path (even `/key-pairs/my.key`) is a page of the app.
    const ext = extname(pathname).toLowerCase();
    if (pathname !== '/' && (pathname.startsWith('/assets/') || ext in CONTENT_TYPES || file === null)) {
      notFound(res);
      return;
    }
    const index = load(join(root, 'index.html'));
    if (!index) {
      notFound(res);
      return;
    }
    send(req, res, index, 'no-cache');
  };
}
