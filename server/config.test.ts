import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowlist } from './allowlist.js';
import { DEFAULT_IDENTITY_URL, publicConfig, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to NHN Cloud: its identity service and the API hosts of KR1, KR2, KR3 and JP1, nothing else', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 8080, staticDir: 'dist', identityUrl: DEFAULT_IDENTITY_URL, identityV3Url: null, publicOrigins: [], serveSourceMaps: false });
    const origins = publicConfig(config).allowedOrigins;
    expect(origins).toHaveLength(17);
    expect(origins).toContain('https://api-identity-infrastructure.nhncloudservice.com');
    expect(origins).toContain('https://kr3-api-block-storage-infrastructure.nhncloudservice.com');
    expect(origins).toContain('https://jp1-api-instance-infrastructure.nhncloudservice.com');
    expect(origins.some((origin) => origin.includes('us1'))).toBe(false);
  });

  it('reads the allowlist, the identity URLs and the limits from the environment', () => {
    const config = readConfig({
      PORT: '0',
      PROXY_ALLOWED_HOSTS: 'http://127.0.0.1:4010, https://*.cloud.example.com\nhttps://keystone.example.com:5000',
      IDENTITY_URL: 'http://127.0.0.1:4010/identity/v2.0/',
      IDENTITY_V3_URL: 'https://keystone.example.com:5000/v3',
      PROXY_TIMEOUT_MS: '5000',
      LOG_REQUESTS: '0',
      PUBLIC_ORIGINS: 'https://console.example.com',
      SERVE_SOURCE_MAPS: '1',
    });
    expect(config).toMatchObject({
      port: 0,
      publicOrigins: ['https://console.example.com'],
      serveSourceMaps: true,
      identityUrl: 'http://127.0.0.1:4010/identity/v2.0',
      identityV3Url: 'https://keystone.example.com:5000/v3',
      timeoutMs: 5000,
      logRequests: false,
    });
    expect(publicConfig(config).allowedOrigins).toEqual(['http://127.0.0.1:4010', 'https://*.cloud.example.com', 'https://keystone.example.com:5000']);
  });

  it('starts without sign-in by password, warning, when a custom allowlist leaves out the default identity service', () => {
    const config = readConfig({ PROXY_ALLOWED_HOSTS: 'http://127.0.0.1:8774, http://127.0.0.1:9999' });
    expect(config.identityUrl).toBeNull();
    expect(config.warnings).toEqual([expect.stringMatching(/^Sign-in by password is unavailable: PROXY_ALLOWED_HOSTS does not include/) as unknown]);
    expect(config.warnings[0]).toContain('add https://api-identity-infrastructure.nhncloudservice.com to PROXY_ALLOWED_HOSTS');
    expect(publicConfig(config).identity).toEqual({ v2: null, v3: null });
  });

  it('refuses a SERVE_SOURCE_MAPS that is neither 1 nor 0', () => {
    expect(() => readConfig({ SERVE_SOURCE_MAPS: 'yes' })).toThrow('SERVE_SOURCE_MAPS="yes" must be 1 or 0.');
  });

  it('warns about nothing when the identity service is reachable', () => {
    expect(readConfig({}).warnings).toEqual([]);
    expect(readConfig({ PROXY_ALLOWED_HOSTS: 'https://*.nhncloudservice.com' })).toMatchObject({ identityUrl: DEFAULT_IDENTITY_URL, warnings: [] });
  });

  it('refuses an identity URL the proxy could not reach, and says what to add', () => {
    expect(() => readConfig({ PROXY_ALLOWED_HOSTS: 'http://127.0.0.1:4010', IDENTITY_URL: 'http://127.0.0.1:5000/v2.0' })).toThrow(
      'IDENTITY_URL (http://127.0.0.1:5000) is not in PROXY_ALLOWED_HOSTS, so the proxy could not reach it. Add http://127.0.0.1:5000 there.',
    );
    expect(() => readConfig({ IDENTITY_URL: 'https://user:pw@api-identity-infrastructure.nhncloudservice.com/v2.0' })).toThrow(/user info/);
  });

  it.each([
    ['PORT', '80a'],
    ['PORT', '70000'],
    ['PROXY_TIMEOUT_MS', '-1'],
    ['PROXY_MAX_BODY_BYTES', '1.5'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(name);
  });
});

describe('parseAllowlist', () => {
  it.each([
    'example.com',
    'ftp://example.com',
    'https://example.com/path',
    'https://user@example.com',
    'https://example.com:0',
    'https://example.com:08080',
    'https://*.com',
    'https://*.10.0.0.1',
    'https://ex ample.com',
    'https://[::1]',
  ])('refuses the entry %s', (entry) => {
    expect(() => parseAllowlist(entry)).toThrow('PROXY_ALLOWED_HOSTS');
  });

  it('refuses an empty list instead of silently refusing everything', () => {
    expect(() => parseAllowlist(' , ')).toThrow('empty');
  });

  it('matches exact origins and hosts below a wildcard domain, by scheme, host and port', () => {
    const list = parseAllowlist('https://a.example.com, http://*.cloud.test:8080');
    expect(isAllowed(list, 'https', 'a.example.com', 443)).toBe(true);
    expect(isAllowed(list, 'http', 'a.example.com', 443)).toBe(false);
    expect(isAllowed(list, 'https', 'b.example.com', 443)).toBe(false);
    expect(isAllowed(list, 'http', 'kr1.cloud.test', 8080)).toBe(true);
    expect(isAllowed(list, 'http', 'x.kr1.cloud.test', 8080)).toBe(true);
    expect(isAllowed(list, 'http', 'cloud.test', 8080)).toBe(false);
    expect(isAllowed(list, 'http', 'evilcloud.test', 8080)).toBe(false);
    expect(isAllowed(list, 'http', 'kr1.cloud.test', 80)).toBe(false);
  });
});
