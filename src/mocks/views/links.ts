/** Nova's links: `self` carries the version, `bookmark` does not. Built from the base URL of this cloud. */

export interface LinkBase {
  baseUrl: string;
  tenantId: string;
}

export function selfAndBookmark(base: LinkBase, collection: string, id: string) {
  return [
    { href: `${base.baseUrl}/compute/v2/${base.tenantId}/${collection}/${id}`, rel: 'self' },
    { href: `${base.baseUrl}/compute/${base.tenantId}/${collection}/${id}`, rel: 'bookmark' },
  ];
}

export function bookmarkOnly(base: LinkBase, collection: string, id: string) {
  return [{ href: `${base.baseUrl}/compute/${base.tenantId}/${collection}/${id}`, rel: 'bookmark' }];
}

/** Nova's hostId: a 56-hex digest of project and host, so the same host looks different to each project. */
export function hostIdOf(tenantId: string, host: string | null): string {
  if (!host) return '';
  const input = `${tenantId}${host}`;
  let out = '';
  for (let round = 0; out.length < 56; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < input.length; i += 1) hash = Math.imul(hash ^ input.charCodeAt(i), 0x01000193) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, 56);
}
