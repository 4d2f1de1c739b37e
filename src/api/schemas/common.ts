import { z } from '../../lib/zod';
import { lenientArray, lenientOptional } from './lenient';

/*
 * Conventions of every response schema in this folder:
 * - Unknown keys are accepted and stripped (plain z.object): NHN documents that responses carry undocumented
 *   fields, and Nova adds keys with each microversion. The typed output holds only what is declared here.
 * - A field the console cannot work without (an id) is required. Everything else is read leniently (lenient.ts):
 *   null, a missing key or an unexpected type shows as unknown, and a page's list leaves out (and reports) an item it
 *   cannot read at all, so that one odd record never costs the whole page.
 * - Where "absent" and "empty" mean the same to the console (no metadata, no security groups), the output is
 *   the empty value; where absence means something (no `progress` outside ACTIVE/BUILD...), it stays undefined.
 * - Timestamps stay strings: Nova mixes `...Z` and zone-less `...ffffff` forms, and the UI parses them.
 */

export const linkSchema = z.object({ href: z.string(), rel: z.string() });
export const linksSchema = lenientArray(linkSchema);
export type Link = z.infer<typeof linkSchema>;

/** An id Nova documents as a string but that a lenient server might send as a number. */
export const idSchema = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

const TRUE_WORDS = new Set(['true', '1', 'on', 'yes', 'y', 't']);
const FALSE_WORDS = new Set(['false', '0', 'off', 'no', 'n', 'f']);

const isBooleanWord = (word: string) => TRUE_WORDS.has(word.toLowerCase()) || FALSE_WORDS.has(word.toLowerCase());

/** Nova's own boolean parameter type: true/false, 0/1, and the words Nova accepts ("True", "yes", ...). */
export const booleanishSchema = z.union([
  z.boolean(),
  z.pipe(z.literal(0), z.transform(() => false)),
  z.pipe(z.literal(1), z.transform(() => true)),
  z.pipe(
    z.string().check(z.refine(isBooleanWord, 'expected a boolean word')),
    z.transform((word: string) => TRUE_WORDS.has(word.toLowerCase())),
  ),
]);

/** An integer, or Nova's accepted spelling of one as a string of digits ("2"). */
export const integerishSchema = z.union([
  z.int(),
  z.pipe(z.string().check(z.regex(/^-?\d+$/, 'expected digits')), z.transform(Number)),
]);

/** Flavor swap: "" at 2.1 when there is none (NHN too), an integer from 2.75. Always a number of MB out. */
export const swapSchema = z.pipe(
  lenientOptional(z.union([z.number(), z.literal(''), z.null()])),
  z.transform((swap: number | '' | null | undefined) => (typeof swap === 'number' ? swap : 0)),
);

/** A `next` link from an OpenStack `*_links` array, if any. */
export function nextHref(links: readonly Link[] | undefined): string | undefined {
  return links?.find((link) => link.rel === 'next')?.href;
}
