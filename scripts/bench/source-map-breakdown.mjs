// Which sources the bytes of built chunks come from, read from the build's source maps: each chunk's gzipped size is
// shared among its sources in proportion to the bytes of generated code each one maps to (source-map-explorer's way:
// a mapping owns the code from its column to the next mapping's). Grouped by npm package and by source folder.
import { posix } from 'node:path';

export const UNMAPPED = '(unmapped)';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));
const CONTINUE = 32;

/** The numbers of one Base64 VLQ segment of a source map ("AAAA" → [0, 0, 0, 0], "D" → [-1]). */
export function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Not a Base64 VLQ: ${text}`);
    value += (digit & (CONTINUE - 1)) * 2 ** shift;
    if (digit & CONTINUE) {
      shift += 5;
      continue;
    }
    // The lowest bit is the sign.
    values.push(value % 2 === 1 ? -Math.floor(value / 2) : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * `mappings` as one array per generated line of `{ column, source }` (source: index into `sources`, null for a
 * segment that maps to nothing). Columns restart on each line; source indexes run on across lines.
 */
export function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments = [];
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      if (sourceDelta === undefined) {
        segments.push({ column, source: null });
      } else {
        source += sourceDelta;
        segments.push({ column, source });
      }
    }
    return segments.sort((a, b) => a.column - b.column);
  });
}

/**
 * Bytes (UTF-8) of `code` per source of its `map`; what no mapping covers (code before a line's first mapping, line
 * breaks) goes to `unmapped`, so the parts add up to the whole chunk.
 */
export function bytesBySource(code, map, unmapped = UNMAPPED) {
  const bytes = new Map();
  const add = (name, text) => {
    const size = Buffer.byteLength(text);
    if (size > 0) bytes.set(name, (bytes.get(name) ?? 0) + size);
  };
  const lines = decodeMappings(map.mappings);
  code.split('\n').forEach((line, index, all) => {
    const segments = lines[index] ?? [];
    add(unmapped, line.slice(0, segments[0]?.column ?? line.length));
    segments.forEach((segment, at) => {
      const text = line.slice(segment.column, segments[at + 1]?.column ?? line.length);
      add(segment.source === null ? unmapped : (map.sources[segment.source] ?? unmapped), text);
    });
    if (index < all.length - 1) add(unmapped, '\n');
  });
  return bytes;
}

/** `total` (a chunk's gzipped size) shared among the sources in proportion to their bytes. */
export function shareOut(bytes, total) {
  const sum = [...bytes.values()].reduce((a, b) => a + b, 0);
  return new Map([...bytes].map(([name, size]) => [name, sum === 0 ? 0 : (total * size) / sum]));
}

/** A source of a map as a path from the project's root: sources are relative to the map's own folder. */
export function sourcePath(mapFile, source, sourceRoot = '') {
  return posix.normalize(posix.join(posix.dirname(mapFile), sourceRoot, source));
}

/** The npm package a source belongs to ('@scope/name' or 'name'), null for the project's own code. */
export function packageOf(path) {
  const at = path.lastIndexOf('node_modules/');
  if (at === -1) return null;
  const [first, second] = path.slice(at + 'node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second}` : (first ?? null);
}

/** The folder a source is counted under: src/features/<area>, src/<layer>, 'node_modules' or the name itself. */
export function folderOf(path) {
  if (packageOf(path) !== null) return 'node_modules';
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 3) return path;
  return parts.slice(0, parts[1] === 'features' && parts.length > 3 ? 3 : 2).join('/');
}

function addUp(entries, keyOf) {
  const sums = new Map();
  for (const [path, size] of entries) {
    const key = keyOf(path);
    if (key !== null) sums.set(key, (sums.get(key) ?? 0) + size);
  }
  return [...sums].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}

/**
 * Chunks `{ file, code, map, gzip, fallback }` (file: the chunk's path from the root, its map at `${file}.map`;
 * gzip: its gzipped size; fallback: the source a chunk whose map names none was built from, e.g. a JSON module)
 * → the gzipped size per package and per folder, largest first.
 */
export function breakdown(chunks) {
  const bySource = new Map();
  for (const { file, code, map, gzip, fallback } of chunks) {
    const unmapped = map.sources.length === 0 && fallback ? fallback : UNMAPPED;
    for (const [source, size] of shareOut(bytesBySource(code, map, unmapped), gzip)) {
      const path = source === UNMAPPED || source === fallback ? source : sourcePath(`${file}.map`, source, map.sourceRoot);
      bySource.set(path, (bySource.get(path) ?? 0) + size);
    }
  }
  return { packages: addUp(bySource, packageOf), folders: addUp(bySource, folderOf) };
}
