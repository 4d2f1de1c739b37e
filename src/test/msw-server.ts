import { setupServer } from 'msw/node';

/** The one MSW server of the Vitest run. Tests add one-off answers with `server.use(...)`. */
export const server = setupServer();
