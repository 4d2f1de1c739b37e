import { setupServer } from 'msw/node';
import { sim } from '../mocks/node';

/**
 * The one MSW server of the Vitest run, serving the simulated cloud at http://localhost/sim (see
 * src/mocks/node.ts for its manual clock and helpers). Tests add one-off answers with `server.use(...)`.
 */
export const server = setupServer(...sim.handlers);
