/**
 * Reads the message out of an error body from any of the services the console calls.
 * Shapes: Nova `{"<faultName>": {"code", "message"}}`, Keystone `{"error": {"code", "title", "message"}}`,
 * Neutron `{"NeutronError": {"type", "message", "detail"}}`, WebOb's bare `{"code": "404 Not Found", "title", "message"}`,
 * a top-level `{"message"}`, and non-JSON bodies (gateway HTML pages, Glance's plain text).
 */
export interface ErrorBody {
  message?: string;
  faultName?: string;
  detail?: string;
}

const EXCERPT_LENGTH = 200;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// Messages stay verbatim, except WebOb's trailing "<br /><br />\n\n\n" on router 404s.
function serverMessage(value: unknown): string | undefined {
  return nonEmptyString(typeof value === 'string' ? value.replace(/(<br\s*\/?>|\s)+$/i, '') : value);
}

function excerpt(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

// A gateway page's <title> ("502 Bad Gateway") says it best; otherwise the visible text, never the markup.
function htmlExcerpt(html: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return (title === undefined ? undefined : excerpt(stripTags(title))) ?? excerpt(stripTags(html));
}

function fromJson(value: unknown): ErrorBody | undefined {
  if (!isObject(value)) return undefined;
  const topMessage = serverMessage(value.message);
  if (topMessage !== undefined) {
    return { message: topMessage, faultName: nonEmptyString(value.title) };
  }
  for (const [key, inner] of Object.entries(value)) {
    if (!isObject(inner)) continue;
    const message = serverMessage(inner.message);
    if (message === undefined) continue;
    return {
      message,
      // Keystone's key is the generic "error" and Neutron's "NeutronError": their title/type says more.
      faultName: nonEmptyString(inner.type) ?? nonEmptyString(inner.title) ?? key,
      detail: nonEmptyString(inner.detail) ?? nonEmptyString(inner.details),
    };
  }
  return undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function parseErrorBody(text: string, contentType: string | null): ErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const json = parseJson(trimmed);
  if (json.ok) return fromJson(json.value) ?? { message: excerpt(trimmed) };
  const looksHtml = (contentType ?? '').includes('html') || trimmed.startsWith('<');
  return { message: looksHtml ? htmlExcerpt(trimmed) : excerpt(trimmed) };
}
