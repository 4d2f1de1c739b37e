import { describe, expect, it } from 'vitest';
import { fromProxyUrl, isOriginAllowed, proxiedEndpoints, toProxyUrl } from './proxy-url';

describe('toProxyUrl', () => {
  it.each([
    ['https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/abc', '/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/abc'],
    ['https://kr1-api-image-infrastructure.nhncloudservice.com/', '/proxy/https/kr1-api-image-infrastructure.nhncloudservice.com'],
    ['http://127.0.0.1:4010/identity/v2.0', '/proxy/http/127.0.0.1:4010/identity/v2.0'],
    ['https://keystone.example.com:443/v3', '/proxy/https/keystone.example.com/v3'],
    ['https://Cloud.Example.com:5000/v3?x=1', '/proxy/https/cloud.example.com:5000/v3?x=1'],
  ])('%s → %s', (upstream, proxied) => {
    expect(toProxyUrl(upstream)).toBe(proxied);
  });

  it('turns a proxy URL back into the upstream URL, and nothing else', () => {
    expect(fromProxyUrl('/proxy/https/kr1-api-instance-infrastructure.nhncloudservice.com/v2/abc')).toBe(
      'https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/abc',
    );
    expect(fromProxyUrl('/proxy/http/127.0.0.1:4010/identity/v2.0')).toBe('http://127.0.0.1:4010/identity/v2.0');
    expect(fromProxyUrl('http://localhost/sim/compute/v2/t')).toBeNull();
  });

  it.each(['ftp://example.com/', 'https://user:pw@example.com/', 'not a url'])('refuses %s', (upstream) => {
    expect(() => toProxyUrl(upstream)).toThrow();
  });

  it('maps every endpoint of a session', () => {
    expect(proxiedEndpoints({ compute: 'https://c.example.com/v2/t', network: 'https://n.example.com' })).toEqual({
      compute: '/proxy/https/c.example.com/v2/t',
      network: '/proxy/https/n.example.com',
    });
  });
});

describe('isOriginAllowed', () => {
  const allowed = ['https://api-identity-infrastructure.nhncloudservice.com', 'http://127.0.0.1:4010', 'https://*.cloud.example.com'];
  it.each([
    ['https://api-identity-infrastructure.nhncloudservice.com/v2.0', true],
    ['https://api-identity-infrastructure.nhncloudservice.com:443/v2.0', true],
    ['http://127.0.0.1:4010/compute/v2/t', true],
    ['http://127.0.0.1:4011/compute/v2/t', false],
    ['https://127.0.0.1:4010/', false],
    ['https://kr1.cloud.example.com/v2', true],
    ['https://cloud.example.com/v2', false],
    ['https://evilcloud.example.com.evil.test/v2', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isOriginAllowed(url, allowed)).toBe(expected);
  });
});
