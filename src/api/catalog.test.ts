import { describe, expect, it } from 'vitest';
import tokenJson from './__fixtures__/nhn/token-response.json';
import { CatalogError, regionsInCatalog, sessionFromToken } from './catalog';
import { type TokenResponse, tokenResponseSchema } from './schemas/identity';

const token = tokenResponseSchema.parse(tokenJson);
const TENANT = 'f5073eaa26b64cffbee89411df94ce01';

describe('catalog', () => {
  it('lists the regions that have a compute endpoint', () => {
    expect(regionsInCatalog(token)).toEqual(['KR2', 'KR1']);
  });

  it('builds a session from the catalog of one region', () => {
    expect(sessionFromToken(token, { mode: 'live', region: 'KR1', userName: 'user@example.com' })).toEqual({
      mode: 'live',
      token: 'e42a092ed6ee4d99949bf25f5f6ecc60',
      tenantId: TENANT,
      region: 'KR1',
      endpoints: {
        compute: `https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/${TENANT}`,
        image: 'https://kr1-api-image-infrastructure.nhncloudservice.com',
        network: 'https://kr1-api-network-infrastructure.nhncloudservice.com',
        volume: `https://kr1-api-block-storage-infrastructure.nhncloudservice.com/v2/${TENANT}`,
      },
      expiresAt: '2020-04-29T15:31:21Z',
      userName: 'user@example.com',
      roles: ['project_admin'],
    });
  });

  it('keeps the roles unknown when the token names none (not "no roles")', () => {
    const { roles: _roles, ...user } = token.access.user ?? {};
    expect(sessionFromToken({ access: { ...token.access, user } }, { mode: 'live', region: 'KR1' }).roles).toBeUndefined();
    expect(sessionFromToken({ access: { ...token.access, user: undefined } }, { mode: 'live', region: 'KR1' }).roles).toBeUndefined();
  });

  it('leaves a missing optional service out, and falls back to the catalog user name', () => {
    const computeOnly: TokenResponse = {
      access: { ...token.access, serviceCatalog: token.access.serviceCatalog.filter((entry) => entry.type === 'compute') },
    };
    const session = sessionFromToken(computeOnly, { mode: 'demo', region: 'kr2' });
    expect(session.endpoints).toEqual({ compute: `https://kr2-api-instance-infrastructure.nhncloudservice.com/v2/${TENANT}` });
    expect(session.region).toBe('KR2');
    expect(session.userName).toBe('37be6ac0-d660-11e7-ae46-005056ac1497');
  });

  it('throws a CatalogError naming the usable regions when the region has no compute endpoint', () => {
    const attempt = () => sessionFromToken(token, { mode: 'live', region: 'JP1' });
    expect(attempt).toThrow(CatalogError);
    expect(attempt).toThrow(/region JP1.*KR2, KR1/);
  });
});
