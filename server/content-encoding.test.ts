import { describe, expect, it } from 'vitest';
import { preferredEncoding } from './content-encoding.js';

describe('preferredEncoding', () => {
  it.each([
    // What browsers and clients send
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['gzip', 'gzip'],
    // Nothing acceptable, or nothing asked
    [undefined, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['zstd, deflate', null],
    [' , ,', null],
    // Weights of 0 refuse, in every spelling
    ['br;q=0, gzip;q=0', null],
    ['br;q=0', null],
    ['br;q=0.0, gzip', 'gzip'],
    ['br;q=0.000, gzip', 'gzip'],
    ['br; q=0, gzip', 'gzip'],
    ['br;Q=0, gzip', 'gzip'],
    ['gzip;q=0.0, br', 'br'],
    ['gzip;q=0, deflate', null],
    // The higher weight wins; br wins a tie
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.5', 'br'],
    ['gzip;q=1.0, br;q=1', 'br'],
    ['gzip;q=0.001, br;q=0.001', 'br'],
    ['br;q=0.001', 'br'],
    // `*` stands for every coding not named
    ['*', 'br'],
    ['*;q=0', null],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['gzip;q=0, *;q=0.5', 'br'],
    ['br;q=0.2, *;q=0.9', 'gzip'],
    ['deflate, *;q=0', null],
    // Letter case and whitespace
    ['GZIP, BR', 'br'],
    ['Gzip', 'gzip'],
    ['  gzip  ,\tbr ;  q=0 ', 'gzip'],
    ['x-gzip', 'gzip'],
    ['X-GZIP;q=0, br;q=0', null],
    // A weight that is not a qvalue leaves its entry out
    ['br;q=abc, gzip', 'gzip'],
    ['br;q=1.5, gzip', 'gzip'],
    ['br;q=-1, gzip', 'gzip'],
    ['br;q=0.0001, gzip', 'gzip'],
    ['br;q=, gzip', 'gzip'],
    ['br;q=1e0, gzip', 'gzip'],
    // Other parameters do not matter; a coding named twice keeps its first weight
    ['br;level=5, gzip', 'br'],
    ['br;q=0, br', null],
    ['br, br;q=0', 'br'],
  ] as const)('%j → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
