/**
 * Headers on every answer of the production server. The app needs no inline script (Vite emits module
 * files only); Mantine writes inline styles, so styles allow 'unsafe-inline'. The console talks to its own
 * origin only: the cloud is reached through /proxy.
 */
import type { ServerResponse } from 'node:http';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'permissions-policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/**
 * Answers from the cloud are data, never a document or a script of this origin: opened as a page, a proxied
 * answer loads nothing, runs nothing and sits in a sandbox (a unique origin, no access to the console's storage).
 * `default-src` does not cover `frame-ancestors`, so it is named as on every other answer.
 */
export const PROXIED_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The same headers on every answer under /proxy/, whichever server mounts the proxy (production or Vite's). */
export const PROXIED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'content-security-policy': PROXIED_CONTENT_SECURITY_POLICY,
};

export function setSecurityHeaders(res: ServerResponse, headers: Readonly<Record<string, string>> = SECURITY_HEADERS): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
