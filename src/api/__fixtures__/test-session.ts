import { beforeEach } from 'vitest';
import { type Session, sessionStore } from '../session';

/** The simulated cloud's base in Vitest (see docs/architecture.md). */
export const SIM = 'http://localhost/sim';
export const TEST_TOKEN = 'gAAAAB-test-token-7f3c9e';

export const TEST_SESSION: Session = {
  mode: 'demo',
  token: TEST_TOKEN,
  tenantId: 't',
  region: 'DEMO',
  profile: 'nhn',
  endpoints: {
    compute: `${SIM}/compute/v2/t`,
    image: `${SIM}/image`,
    network: `${SIM}/network`,
    volume: `${SIM}/volume/v2/t`,
  },
  expiresAt: null,
};

export const COMPUTE = TEST_SESSION.endpoints.compute;
export const IMAGE = `${SIM}/image`;
export const NETWORK = `${SIM}/network`;
export const VOLUME = `${SIM}/volume/v2/t`;

/** Puts TEST_SESSION in the store around every test of the calling file. */
export function withTestSession(): void {
  beforeEach(() => sessionStore.set(TEST_SESSION));
}
