/** POST /servers/{id}/action: 202 (confirmResize 204) with an empty body (createImage adds `Location`), errors as Nova orders them. */
import { recordAction } from '../engine/instance-actions';
import { ACTIONS, LOGGED_AS, peekAction } from '../engine/server-actions';
import { badRequest } from '../http/faults';
import { empty } from '../http/respond';
import type { SimRoute } from '../http/router';
import { findServer } from './servers';

export const serverActionRoutes: SimRoute[] = [
  {
    method: 'POST',
    path: '/compute/v2/:tenantId/servers/:serverId/action',
    service: 'compute',
    async handle(ctx) {
      const { name, argument } = peekAction(await ctx.readJson());
      const action = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
      if (!action) throw badRequest(`There is no such action: ${name}`);
      const parsed = action.parse(argument);
      const server = findServer(ctx, 'cell');
      const outcome = action.perform(ctx, server, parsed);
      const logged = LOGGED_AS[name];
      if (logged) recordAction({ ...ctx, userId: ctx.user.id }, server, logged);
      return empty(outcome?.status ?? 202, outcome?.imageId ? { Location: `${ctx.baseUrl}/image/v2/images/${outcome.imageId}` } : {});
    },
  },
];
