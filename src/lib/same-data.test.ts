import { describe, expect, it } from 'vitest';
import { isSameData } from './same-data';

describe('isSameData', () => {
  it.each([
    ['the same string', 'web', 'web', true],
    ['two strings', 'web', 'db', false],
    ['a number and its text', 1, '1', false],
    ['an empty text and nothing', '', null, false],
    ['equal nested objects, keys in another order', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }, true],
    ['a value deep down', { a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } }, false],
    ['arrays of another length', [1, 2], [1, 2, 3], false],
    ['arrays in another order', [1, 2], [2, 1], false],
    ['an array and an object with its indexes', [1], { 0: 1 }, false],
    ['an object with a key more', { a: 1 }, { a: 1, b: undefined }, false],
    ['objects with other keys', { a: undefined }, { b: undefined }, false],
  ])('%s', (_, a, b, expected) => {
    expect(isSameData(a, b)).toBe(expected);
    expect(isSameData(b, a)).toBe(expected);
  });
});
