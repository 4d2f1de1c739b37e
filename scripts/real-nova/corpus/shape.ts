/**
 * What the corpus keeps of an answer and how two answers are compared: the JSON types of every field (not the
 * values, which differ between clouds), and error messages with their ids made neutral.
 */
export type Shape = string | { [key: string]: Shape } | Shape[];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/g;

/** The JSON type of every field; an array's elements merged into one shape (fields of any element). */
export function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return [value.map(shapeOf).reduce(mergeShapes)];
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]));
  }
  return typeof value;
}

function mergeShapes(a: Shape, b: Shape): Shape {
  if (typeof a === 'string' || typeof b === 'string') {
    if (typeof a === 'string' && typeof b === 'string') return a === b ? a : [a, b].sort().join('|');
    return typeof a === 'string' && a === 'null' ? b : typeof b === 'string' && b === 'null' ? a : 'mixed';
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    const [x, y] = [Array.isArray(a) ? a[0] : undefined, Array.isArray(b) ? b[0] : undefined];
    return x === undefined ? (y === undefined ? [] : [y]) : y === undefined ? [x] : [mergeShapes(x, y)];
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(keys.map((key) => [key, a[key] === undefined ? (b[key] as Shape) : b[key] === undefined ? a[key] : mergeShapes(a[key], b[key])]));
}

const PROJECT_OR_USER_ID = /\b[0-9a-f]{32}\b/gi;
const USER = /\bfor user \S+/g;
// Validation messages echo the value sent, and each cloud is sent its own ids.
const ECHOED_VALUE = /Value: (\{.*\}|\S*)\. /g;

/** Ids, times, user names and echoed values in a message made neutral, so one cloud's message compares with another's. */
export function neutralMessage(message: string): string {
  return message
    .replace(ECHOED_VALUE, 'Value: <value>. ')
    .replace(UUID, '<id>')
    .replace(PROJECT_OR_USER_ID, '<id>')
    .replace(USER, 'for user <user>')
    .replace(TIMESTAMP, '<time>');
}

/**
 * An answer with its ids and times replaced (keeping each value's form: a uuid stays a uuid, a time keeps its zone
 * and fraction), so the corpus does not change with every recording and the console's schemas see real forms.
 */
export function normalised(value: unknown, ids = new Map<string, string>()): unknown {
  if (typeof value === 'string') {
    return value
      .replace(UUID, (id) => {
        const known = ids.get(id.toLowerCase());
        if (known) return known;
        const next = `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}`;
        ids.set(id.toLowerCase(), next);
        return next;
      })
      .replace(TIMESTAMP, '2026-01-02T03:04:05');
  }
  if (Array.isArray(value)) return value.map((item) => normalised(item, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalised(item, ids)]));
  }
  return value;
}

/**
 * Where `actual` lacks a field of `expected` or gives it another JSON type. "null" matches any type, and so does a
 * field whose type varies between the records of one list ("mixed": `image` is "" for a server booted from a volume).
 */
export function shapeDifferences(expected: Shape, actual: Shape, path = '$'): string[] {
  if (expected === 'mixed' || actual === 'mixed') return [];
  if (typeof expected === 'string' || typeof actual === 'string') {
    if (typeof expected === 'string' && typeof actual === 'string') {
      const [e, a] = [new Set(expected.split('|')), new Set(actual.split('|'))];
      if (e.has('null') || a.has('null') || [...e].some((type) => a.has(type))) return [];
    }
    if (expected === 'null' || actual === 'null') return [];
    return [`${path}: ${JSON.stringify(expected)} in Nova, ${JSON.stringify(actual)} here`];
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return [`${path}: ${Array.isArray(expected) ? 'an array' : 'an object'} in Nova, not here`];
    const [e, a] = [expected[0], actual[0]];
    return e === undefined || a === undefined ? [] : shapeDifferences(e, a, `${path}[]`);
  }
  return Object.keys(expected).flatMap((key) =>
    actual[key] === undefined ? [`${path}.${key}: missing here`] : shapeDifferences(expected[key] as Shape, actual[key], `${path}.${key}`),
  );
}
