/**
 * POST /servers/{id}/action: one record per action, its availability (`rule`, body checks) kept apart from its
 * effect (`perform`), like the console's own action table but written from the server's side.
 */
import { badRequest, notFound } from '../http/faults';
import { isRecord } from '../http/validate';
import type { SimServer } from '../state';
import { parseCreateImage, parseResize, parseRebootType, parseSecurityGroupName } from './action-bodies';
import { canResizeBetween, isGpu, isU2 } from './catalog';
import type { LoggedAction } from './instance-actions';
import { checkQuotaDeltas, projectQuota, quotaUsage, resizeDeltas } from './quota';
import { createSnapshotImage } from './snapshot';
import { checkState, RULES, type StateRule } from './state-check';
import { scheduleSteps, startTask, type EngineContext } from './steps';
import {
  confirmResizeSteps,
  hardRebootRecipe,
  resizeRecipe,
  revertResizeRecipe,
  shelveRecipe,
  softRebootRecipe,
  startRecipe,
  stopRecipe,
  unshelveRecipe,
  type TaskRecipe,
} from './transitions';

export interface ActionContext extends EngineContext {
  tenantId: string;
}

/** What a performed action answers: 202 with an empty body (confirmResize: 204), plus a `Location` for createImage. */
export interface ActionOutcome {
  status?: 204;
  location?: string;
  imageId?: string;
}

/** An action: `parse` checks the body (before the server is looked up, as Nova validates first), `perform` acts. */
export interface ServerAction {
  parse(argument: unknown): unknown;
  perform(ctx: ActionContext, server: SimServer, parsed: unknown): ActionOutcome | void;
}

function action<T>(parse: (argument: unknown) => T, perform: (ctx: ActionContext, server: SimServer, parsed: T) => ActionOutcome | void): ServerAction {
  return { parse, perform: (ctx, server, parsed) => perform(ctx, server, parsed as T) };
}

const noBody = () => undefined;

function run(ctx: ActionContext, server: SimServer, recipe: TaskRecipe): void {
  startTask(ctx, server, recipe.immediate, recipe.later);
}

const simple = (rule: StateRule, recipe: (server: SimServer) => TaskRecipe): ServerAction =>
  action(noBody, (ctx, server) => {
    checkState(server, rule);
    run(ctx, server, recipe(server));
  });

export const ACTIONS: Record<string, ServerAction> = {
  'os-start': simple(RULES.start, () => startRecipe),
  'os-stop': simple(RULES.stop, () => stopRecipe),
  unshelve: action(noBody, (ctx, server) => {
    checkState(server, RULES.unshelve);
    // An offloaded server holds no cores or RAM: placing it again is checked like a new one.
    const flavor = ctx.state.flavors.find((f) => f.id === server.flavorId);
    if (flavor && server.vmState === 'shelved_offloaded') {
      checkQuotaDeltas(projectQuota(ctx.config.quota, ctx.state), quotaUsage(ctx.state, ctx.tenantId), { cores: flavor.vcpus, ram: flavor.ram });
    }
    run(ctx, server, unshelveRecipe);
  }),
  shelve: action(noBody, (ctx, server) => {
    checkState(server, RULES.shelve);
    const flavor = ctx.state.flavors.find((f) => f.id === server.flavorId);
    // NHN's console guide, Change instance status: "GPU instances cannot be terminated."
    if (flavor && isGpu(flavor)) throw badRequest('GPU instances cannot be terminated (shelved).');
    run(ctx, server, shelveRecipe(server.rootKind));
  }),
  reboot: action(parseRebootType, (ctx, server, type) => {
    const hard = type === 'HARD';
    checkState(server, hard ? RULES.hardReboot : RULES.softReboot);
    run(ctx, server, hard ? hardRebootRecipe : softRebootRecipe);
  }),
  resize: action(parseResize, (ctx, server, flavorRef) => {
    checkState(server, RULES.resize);
    const from = ctx.state.flavors.find((f) => f.id === server.flavorId);
    const to = ctx.state.flavors.find((f) => f.id === flavorRef);
    if (!to || !from) throw badRequest(`Flavor ${flavorRef} could not be found.`);
    if (to.id === from.id) throw badRequest('When resizing, instances must change flavor!');
    // NHN: t2/m2/c2/r2/x1 change among themselves; nothing changes to or from u2.
    if (!canResizeBetween(from, to)) throw badRequest(`Resizing from flavor ${from.name} to flavor ${to.name} is not supported.`);
    const windows = (server.metadata.os_type ?? '').toLowerCase() === 'windows';
    if (windows && to.ram < 2048) throw badRequest("Flavor's memory is too small for requested image.");
    checkQuotaDeltas(projectQuota(ctx.config.quota, ctx.state), quotaUsage(ctx.state, ctx.tenantId), resizeDeltas(from, to));
    const returnTo = server.vmState === 'stopped' ? 'stopped' : 'active';
    server.resize = { oldFlavorId: from.id, newFlavorId: to.id, returnTo };
    run(ctx, server, resizeRecipe(returnTo, ctx.config.autoConfirmResize));
  }),
  confirmResize: action(noBody, (ctx, server) => {
    const resize = undecidedResize(server, RULES.confirmResize);
    resize.decided = 'confirm';
    scheduleSteps(ctx, server, confirmResizeSteps(server.powerState));
    return { status: 204 };
  }),
  revertResize: action(noBody, (ctx, server) => {
    const resize = undecidedResize(server, RULES.revertResize);
    resize.decided = 'revert';
    run(ctx, server, revertResizeRecipe(resize.returnTo));
  }),
  createImage: action(parseCreateImage, (ctx, server, { name, metadata }) => {
    checkState(server, RULES.createImage);
    const flavor = ctx.state.flavors.find((f) => f.id === server.flavorId);
    // NHN: "Only U2 flavor instances can create images via this API."
    if (!flavor || !isU2(flavor)) {
      throw badRequest(
        'Creating an image of this instance is not supported: only U2 flavor instances can create images with this API. Use the Block Storage API (os-volume_upload_image) for other flavors.',
      );
    }
    return { imageId: createSnapshotImage(ctx, server, flavor, name, metadata).id };
  }),
  addSecurityGroup: action(
    (argument) => parseSecurityGroupName(argument, 'addSecurityGroup'),
    (ctx, server, name) => {
      const { group, ports } = securityGroupTarget(ctx, server, name);
      for (const port of ports) if (!port.securityGroupIds.includes(group.id)) port.securityGroupIds.push(group.id);
      server.updatedAt = ctx.now;
    },
  ),
  removeSecurityGroup: action(
    (argument) => parseSecurityGroupName(argument, 'removeSecurityGroup'),
    (ctx, server, name) => {
      const { group, ports } = securityGroupTarget(ctx, server, name);
      if (!ports.some((port) => port.securityGroupIds.includes(group.id))) {
        throw notFound(`Security group ${group.name} not associated with the instance ${server.id}`);
      }
      for (const port of ports) port.securityGroupIds = port.securityGroupIds.filter((id) => id !== group.id);
      server.updatedAt = ctx.now;
    },
  ),
};

/** The name Nova's action log gives each action (security group changes are not logged: Neutron does them). */
export const LOGGED_AS: Partial<Record<string, LoggedAction>> = {
  'os-start': 'start',
  'os-stop': 'stop',
  reboot: 'reboot',
  resize: 'resize',
  confirmResize: 'confirmResize',
  revertResize: 'revertResize',
  shelve: 'shelve',
  unshelve: 'unshelve',
  createImage: 'createImage',
};

/**
 * Nova checks the state first (409), then looks for the resize's migration in status `finished`: none, or one
 * already being confirmed or reverted, is 400 "Instance has not been resized." (servers.py).
 */
function undecidedResize(server: SimServer, rule: StateRule): NonNullable<SimServer['resize']> {
  checkState(server, rule);
  if (!server.resize || server.resize.decided) throw badRequest('Instance has not been resized.');
  return server.resize;
}

/** Security groups live on the server's ports (nova/network/security_group_api.py); status is never checked. */
function securityGroupTarget(ctx: ActionContext, server: SimServer, name: string) {
  const group = ctx.state.securityGroups.find((g) => g.tenantId === ctx.tenantId && (g.name === name || g.id === name));
  if (!group) throw notFound(`Security group ${name} is not found for project ${ctx.tenantId}`);
  const ports = server.networkReady ? ctx.state.ports.filter((port) => port.deviceId === server.id) : [];
  if (ports.length === 0) throw notFound(`instance_id ${server.id} could not be found as device id on any ports`);
  return { group, ports };
}

/** Nova's action_peek: exactly one top-level key, or 400 `Malformed request body`. */
export function peekAction(body: unknown): { name: string; argument: unknown } {
  if (!isRecord(body)) throw badRequest('Malformed request body');
  const keys = Object.keys(body);
  const name = keys[0];
  if (keys.length !== 1 || name === undefined) throw badRequest('Malformed request body');
  return { name, argument: body[name] };
}
