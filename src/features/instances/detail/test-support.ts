import { beforeEach } from 'vitest';
import { getServer } from '../../../api/servers';
import { sessionStore } from '../../../api/session';
import { sim, simSession } from '../../../mocks/node';

/** Signs in to the simulated cloud around every test of the calling file; forgets pending actions after each. */
export function withSimSession(): void {
  beforeEach(() => {
    const { token, tenantId, endpoints } = simSession();
    sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
  });
}

/** The id of a seeded server, by its name (`active`, `shutoff`, `win-active`, ...). */
export function simServerId(name: string): string {
  const server = sim.state().servers.find((candidate) => candidate.name === name && !candidate.deleted);
  if (!server) throw new Error(`No seeded server named ${name}`);
  return server.id;
}

/** A seeded server as the API shows it. */
export function fetchSimServer(name: string) {
  return getServer(simServerId(name));
}
