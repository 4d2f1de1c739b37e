import { z } from '../../lib/zod';

/*
 * Leniency, so that one odd value does not cost a whole page: a field the console can show as unknown is read with a
 * fallback (`z.catch`: null, a missing key or an unexpected type become the fallback), and a list drops the items it
 * cannot read at all instead of failing with them. Clouds other than the one a schema was written against (NHN's
 * extensions, older or newer Nova releases) send null or other types where the documentation shows a string.
 */

/** What `schema` reads; undefined when the key is missing or holds anything `schema` cannot read. */
export function lenientOptional<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/** Like {@link lenientOptional}, but a null stays null (where the answer's null means something of its own). */
export function lenientNullish<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(z.nullable(schema)), undefined);
}

/** Text the console only shows: anything but a string reads as absent. */
export const optionalText = lenientOptional(z.string());

/** Text where Nova documents null: anything but a string reads as null. */
export const nullableText = z.catch(z.nullable(z.string()), null);

/** A name shown as is: null, missing or not a string reads as "". */
export const nameText = z.catch(z.string(), '');

/** A number the console only shows: anything else reads as absent. */
export const optionalNumber = lenientOptional(z.number());

/** A flag the console only shows: anything but true or false reads as unknown. */
export const optionalBoolean = lenientOptional(z.boolean());

/** Free-form string properties (metadata, extra specs): entries that are not strings are left out; no object is {}. */
export const stringRecord = z.pipe(
  z.catch(z.record(z.string(), z.unknown()), {}),
  z.transform((record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  ),
);

/** A list inside a record: items `item` cannot read are left out; anything but a list reads as []. */
export function lenientArray<T extends z.ZodMiniType>(item: T) {
  const whole = z.array(item);
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((values: unknown[]) => {
      // The usual case in one pass; item by item only when something in it is odd.
      const all = whole.safeParse(values);
      if (all.success) return all.data;
      return values.flatMap((value) => {
        const result = item.safeParse(value);
        return result.success ? [result.data] : [];
      });
    }),
  );
}

/** An item of a top-level list that could not be read even leniently, and why. */
export interface SkippedItem {
  /** Its position in the answer's list. */
  index: number;
  /** Its `id` (or `name`) when that much was readable. */
  id?: string;
  /** The first problem, e.g. `id: Invalid input: expected string, received undefined`. */
  problem: string;
}

// The parse runs synchronously (client.ts), so one collector at a time is all there ever is.
let collector: SkippedItem[] | null = null;

/** Runs `parse` and returns, besides its value, the list items it left out (see {@link listOf}). */
export function collectSkipped<T>(parse: () => T): { value: T; skipped: SkippedItem[] } {
  const outer = collector;
  const skipped: SkippedItem[] = [];
  collector = skipped;
  try {
    return { value: parse(), skipped };
  } finally {
    collector = outer;
  }
}

function identify(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const inner = Object.values(record).length === 1 ? Object.values(record)[0] : undefined;
  for (const candidate of [record.id, record.name, ...(typeof inner === 'object' && inner !== null ? [(inner as Record<string, unknown>).name] : [])]) {
    if (typeof candidate === 'string' || typeof candidate === 'number') return String(candidate);
  }
  return undefined;
}

function firstProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * A page's list (servers, flavors, key pairs...): an item that cannot be read even leniently (no id) is left out and
 * reported to {@link collectSkipped}, so the other items still show and the page can say what is missing.
 */
export function listOf<T extends z.ZodMiniType>(item: T) {
  const whole = z.array(item);
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values: unknown[]) => {
      // The usual case in one pass; item by item only when something in it cannot be read.
      const all = whole.safeParse(values);
      if (all.success) return all.data;
      const items: z.output<T>[] = [];
      values.forEach((value, index) => {
        const result = item.safeParse(value);
        if (result.success) items.push(result.data);
        else collector?.push({ index, id: identify(value), problem: firstProblem(result.error) });
      });
      return items;
    }),
  );
}
