import { describe, expect, it } from 'vitest';
import { breakdown, bytesBySource, decodeMappings, decodeVlq, folderOf, packageOf, shareOut, sourcePath } from './source-map-breakdown.mjs';

// Two lines of generated code: "abc" from a.ts, "def" from react; "gh" unmapped, "ij" from a.ts again.
const CODE = 'abcdef\nghij';
const MAP = {
  sources: ['../../src/app/a.ts', '../../node_modules/react/index.js'],
  // Line 1: column 0 → source 0; column +3 → source +1. Line 2: column 2 → source -1 (back to a.ts).
  mappings: 'AAAA,GCAA;EDAA',
};

describe('source map VLQ', () => {
  it.each([
    ['A', [0]],
    ['C', [1]],
    ['D', [-1]],
    ['AAAA', [0, 0, 0, 0]],
    ['GCAA', [3, 1, 0, 0]],
    // 16 needs a continuation digit: 32 (sign bit clear) = 0b100000 → 'g' (continue, 0) + 'B' (1 × 32).
    ['gB', [16]],
    ['hB', [-16]],
  ])('%s decodes to %j', (text, values) => {
    expect(decodeVlq(text)).toEqual(values);
  });

  it('refuses what is not Base64', () => {
    expect(() => decodeVlq('A*')).toThrow(/Base64 VLQ/);
  });

  it('decodes mappings per line, columns restarting on each line and sources running on', () => {
    expect(decodeMappings(MAP.mappings)).toEqual([
      [
        { column: 0, source: 0 },
        { column: 3, source: 1 },
      ],
      [{ column: 2, source: 0 }],
    ]);
  });
});

describe('bytes per source', () => {
  it('gives each mapping the code up to the next one, and what none covers to unmapped', () => {
    expect(bytesBySource(CODE, MAP)).toEqual(
      new Map([
        ['../../src/app/a.ts', 5],
        ['../../node_modules/react/index.js', 3],
        ['(unmapped)', 3],
      ]),
    );
  });

  it('counts UTF-8 bytes, as the file holds them', () => {
    expect(bytesBySource('"한글"', { sources: ['s.json'], mappings: 'AAAA' })).toEqual(new Map([['s.json', 8]]));
  });

  it('shares a gzipped size in proportion to the bytes', () => {
    expect(shareOut(new Map([['a', 5], ['b', 3], ['c', 2]]), 20)).toEqual(new Map([['a', 10], ['b', 6], ['c', 4]]));
  });
});

describe('packages and folders', () => {
  it('resolves sources from the map’s folder to paths from the root', () => {
    expect(sourcePath('dist-bench/assets/index.js.map', '../../src/app/a.ts')).toBe('src/app/a.ts');
    expect(sourcePath('dist-bench/assets/index.js.map', '../../../../main/node_modules/react/index.js')).toBe('../../main/node_modules/react/index.js');
  });

  it.each([
    ['node_modules/react-dom/cjs/x.js', 'react-dom'],
    ['../../main/node_modules/@mantine/core/esm/Button.mjs', '@mantine/core'],
    ['node_modules/a/node_modules/b/index.js', 'b'],
    ['src/app/main.tsx', null],
  ])('%s belongs to package %s', (path, name) => {
    expect(packageOf(path)).toBe(name);
  });

  it.each([
    ['src/features/instances/list/table.tsx', 'src/features/instances'],
    ['src/features/index.ts', 'src/features'],
    ['src/app/main.tsx', 'src/app'],
    ['src/lib/ui/lazy-tooltip.tsx', 'src/lib'],
    ['src/main.tsx', 'src/main.tsx'],
    ['node_modules/zod/index.js', 'node_modules'],
    ['(unmapped)', '(unmapped)'],
  ])('%s is counted under %s', (path, folder) => {
    expect(folderOf(path)).toBe(folder);
  });

  it('adds up chunks by package and by folder, a chunk that maps nothing counted as its own source', () => {
    const result = breakdown([
      { file: 'dist/assets/index.js', code: CODE, map: MAP, gzip: 22 },
      { file: 'dist/assets/common.js', code: 'export default {}', map: { sources: [], mappings: '' }, gzip: 7, fallback: 'src/i18n/locales/en/common.json' },
    ]);
    expect(result.packages).toEqual([{ name: 'react', size: 6 }]);
    expect(result.folders).toEqual([
      { name: 'src/app', size: 10 },
      { name: 'src/i18n', size: 7 },
      { name: '(unmapped)', size: 6 },
      { name: 'node_modules', size: 6 },
    ]);
  });
});
