/** IPv4 arithmetic for subnets and fixed IPs (NHN Cloud supports only IPv4). */

export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let out = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    out = out * 256 + Number(part);
  }
  return out;
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export function parseCidr(cidr: string): { network: number; size: number } {
  const [ip = '', bits = '32'] = cidr.split('/');
  const base = ipToInt(ip) ?? 0;
  const size = 2 ** (32 - Number(bits));
  return { network: base - (base % size), size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const value = ipToInt(ip);
  if (value === null) return false;
  const { network, size } = parseCidr(cidr);
  return value >= network && value < network + size;
}

/** The first address Neutron hands out after the gateway and a few reserved ones. */
export const FIRST_HOST_OFFSET = 11;

export function usableRange(cidr: string): { first: number; last: number } {
  const { network, size } = parseCidr(cidr);
  return { first: network + FIRST_HOST_OFFSET, last: network + size - 2 };
}
