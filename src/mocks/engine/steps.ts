/**
 * Transitions are data: a running task is a list of timed steps in `state.schedule`, applied in order by
 * `applyDueSteps` before each request. Nothing runs on timers, so tests own time and a saved state resumes
 * mid-transition.
 */
import type { SimConfig } from '../controls';
import type { SimServer, SimState } from '../state';
import { finishServerActions, finishVolumeActions } from './instance-actions';
import { applyServerEffect, type ServerEffect } from './server-effects';

export interface ServerChange {
  vmState?: string;
  taskState?: string | null;
  powerState?: number;
  progress?: number;
  effects?: ServerEffect[];
}

export type SimStep = { at: number; seq: number } & (
  | ({ kind: 'server'; serverId: string } & ServerChange)
  | { kind: 'image'; imageId: string; status: 'queued' | 'saving' | 'active'; size?: number }
  | { kind: 'volume'; volumeId: string; status: string; detach?: boolean }
);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type NewStep = DistributiveOmit<SimStep, 'seq'>;

/** What the engine needs: the state, the configuration and the current time of this request. */
export interface EngineContext {
  state: SimState;
  config: SimConfig;
  now: number;
}

export function addStep(state: SimState, step: NewStep): void {
  const seq = state.nextStepSeq;
  state.nextStepSeq += 1;
  state.schedule.push({ ...step, seq });
  state.schedule.sort((a, b) => a.at - b.at || a.seq - b.seq);
}

export function cancelServerSteps(state: SimState, serverId: string): void {
  state.schedule = state.schedule.filter((step) => step.kind !== 'server' || step.serverId !== serverId);
}

export function applyServerChange(state: SimState, server: SimServer, change: ServerChange, at: number): void {
  if (change.vmState !== undefined) server.vmState = change.vmState;
  if (change.taskState !== undefined) server.taskState = change.taskState;
  if (change.powerState !== undefined) server.powerState = change.powerState;
  if (change.progress !== undefined) server.progress = change.progress;
  for (const effect of change.effects ?? []) applyServerEffect(state, server, effect, at);
  server.updatedAt = at;
}

/**
 * Starts a task: applies `immediate` now (what the API sets before answering) and schedules `later`,
 * one step every `config.transitionMs`. Any steps left over from an earlier task of the server are dropped.
 */
export function startTask(ctx: EngineContext, server: SimServer, immediate: ServerChange, later: ServerChange[]): void {
  applyServerChange(ctx.state, server, immediate, ctx.now);
  scheduleSteps(ctx, server, later);
}

/** Schedules `later` as startTask does, for a task whose API call leaves the record as it is (`updated` included). */
export function scheduleSteps(ctx: EngineContext, server: SimServer, later: ServerChange[]): void {
  cancelServerSteps(ctx.state, server.id);
  later.forEach((change, index) => {
    addStep(ctx.state, { kind: 'server', serverId: server.id, at: ctx.now + (index + 1) * ctx.config.transitionMs, ...change });
  });
}

/** Applies every step that is due at `now`, in order. Returns how many were applied. */
export function applyDueSteps(state: SimState, now: number): number {
  let applied = 0;
  while (state.schedule.length > 0 && (state.schedule[0]?.at ?? Infinity) <= now) {
    const step = state.schedule.shift();
    if (!step) break;
    applyStep(state, step);
    applied += 1;
  }
  return applied;
}

function applyStep(state: SimState, step: SimStep): void {
  switch (step.kind) {
    case 'server': {
      const server = state.servers.find((s) => s.id === step.serverId && !s.deleted);
      if (!server) return;
      applyServerChange(state, server, step, step.at);
      if (server.taskState === null) finishServerActions(state, server.id, step.at);
      return;
    }
    case 'image': {
      const image = state.images.find((i) => i.id === step.imageId);
      if (!image) return;
      image.status = step.status;
      if (step.size !== undefined) image.size = step.size;
      image.updatedAt = step.at;
      return;
    }
    case 'volume': {
      const volume = state.volumes.find((v) => v.id === step.volumeId);
      if (!volume) return;
      volume.status = step.status;
      if (step.detach) volume.attachment = null;
      finishVolumeActions(state, volume.id, step.at);
      volume.updatedAt = step.at;
      return;
    }
  }
}
