/**
 * Which content coding a client takes, read from its Accept-Encoding (RFC 9110 §12.5.3): a list of codings, each
 * with an optional weight `;q=` from 0 to 1, where 0 means "not acceptable" and `*` stands for every coding the list
 * does not name. Shared by the static files and the proxy, the two places the server compresses.
 */

export type ContentCoding = 'br' | 'gzip';

/** RFC 9110 §12.4.2: `0` to `0.000`, or `1` to `1.000`. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** RFC 9110 §8.4.1.3: "A recipient SHOULD consider "x-gzip" to be equivalent to "gzip"." */
const ALIASES: Readonly<Record<string, string>> = { 'x-gzip': 'gzip' };

/**
 * Each coding named, with its weight. A weight that is not a qvalue makes its entry unreadable and it is left out:
 * guessing could send a coding the client refused. A coding named twice keeps its first weight.
 */
function weights(header: string): Map<string, number> {
  const named = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [rawName = '', ...parameters] = entry.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    let readable = true;
    for (const parameter of parameters) {
      const [key = '', value = ''] = parameter.split('=');
      if (key.trim().toLowerCase() !== 'q') continue;
      readable = QVALUE.test(value.trim());
      weight = Number(value.trim());
    }
    const coding = ALIASES[name] ?? name;
    if (readable && !named.has(coding)) named.set(coding, weight);
  }
  return named;
}

/**
 * The coding to answer with: br or gzip, whichever the client weighs higher, br when they tie; null when neither is
 * acceptable. No header at all means the client asked for nothing: the answer goes as it is.
 */
export function preferredEncoding(header: string | undefined): ContentCoding | null {
  if (header === undefined) return null;
  const named = weights(header);
  const weightOf = (coding: ContentCoding) => named.get(coding) ?? named.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}
