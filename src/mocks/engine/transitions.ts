/**
 * The steps of each task, after nova/compute/manager.py: what the API sets at once (`immediate`) and what
 * the compute host does later, one step per `config.transitionMs`.
 */
import type { ServerChange } from './steps';

export interface TaskRecipe {
  immediate: ServerChange;
  later: ServerChange[];
}

const ACTIVE: ServerChange = { vmState: 'active', taskState: null, powerState: 1 };

/** Create: scheduling → networking → block_device_mapping → spawning → ACTIVE. */
export const buildRecipe: TaskRecipe = {
  immediate: { vmState: 'building', taskState: 'scheduling', powerState: 0 },
  later: [
    { taskState: 'networking', effects: ['assign-host'] },
    { taskState: 'block_device_mapping', effects: ['network-ready'] },
    { taskState: 'spawning', effects: ['volumes-in-use'] },
    { ...ACTIVE, effects: ['launched'] },
  ],
};

export const stopRecipe: TaskRecipe = {
  immediate: { taskState: 'powering-off', progress: 0 },
  later: [{ vmState: 'stopped', taskState: null, powerState: 4 }],
};

export const startRecipe: TaskRecipe = {
  immediate: { taskState: 'powering-on' },
  later: [ACTIVE],
};

export const softRebootRecipe: TaskRecipe = {
  immediate: { taskState: 'rebooting' },
  later: [{ taskState: 'reboot_pending' }, { taskState: 'reboot_started' }, ACTIVE],
};

/** A hard reboot always ends ACTIVE, whatever the vm_state was (ERROR, PAUSED...). */
export const hardRebootRecipe: TaskRecipe = {
  immediate: { taskState: 'rebooting_hard' },
  later: [{ taskState: 'reboot_pending_hard' }, { taskState: 'reboot_started_hard' }, ACTIVE],
};

/**
 * Resize keeps the power state (a stopped server stays off) and ends in VERIFY_RESIZE. With `autoConfirm` it is
 * confirmed by itself after one step, as NHN Cloud does; without, it waits for confirmResize or revertResize, as
 * Nova does by default (`resize_confirm_window = 0`).
 */
export function resizeRecipe(returnTo: 'active' | 'stopped', autoConfirm: boolean): TaskRecipe {
  const power = returnTo === 'active' ? 1 : 4;
  return {
    immediate: { taskState: 'resize_prep', progress: 0 },
    later: [
      { taskState: 'resize_migrating', progress: 20, powerState: 4 },
      { taskState: 'resize_migrated', progress: 60 },
      { taskState: 'resize_finish', progress: 80, powerState: power, effects: ['apply-new-flavor'] },
      { vmState: 'resized', taskState: null, progress: 100 },
      ...(autoConfirm ? [{ vmState: returnTo, taskState: null, effects: ['end-resize'] } satisfies ServerChange] : []),
    ],
  };
}

/**
 * confirmResize: the API changes nothing the record shows (the server stays VERIFY_RESIZE with no task); the
 * source host then cleans up and the server becomes SHUTOFF when its guest is shut down, else ACTIVE
 * (nova/compute/manager.py `_confirm_resize`).
 */
export function confirmResizeSteps(powerState: number): ServerChange[] {
  return [{ vmState: powerState === 4 ? 'stopped' : 'active', taskState: null, effects: ['end-resize'] }];
}

/**
 * revertResize: REVERT_RESIZE; the old flavor is back while the task still runs, then the server has the vm_state it
 * had before the resize (as Nova 26 showed it, step by step).
 */
export function revertResizeRecipe(returnTo: 'active' | 'stopped'): TaskRecipe {
  return {
    immediate: { taskState: 'resize_reverting' },
    later: [
      { taskState: 'resize_reverting', effects: ['restore-old-flavor'] },
      { vmState: returnTo, taskState: null, powerState: returnTo === 'active' ? 1 : 4, effects: ['end-resize'] },
    ],
  };
}

/** Shelve with Nova's default `shelved_offload_time = 0`; a volume-backed server skips the image upload. */
export function shelveRecipe(rootKind: 'local' | 'volume'): TaskRecipe {
  const upload: ServerChange[] =
    rootKind === 'local' ? [{ taskState: 'shelving_image_pending_upload', powerState: 4 }, { taskState: 'shelving_image_uploading' }] : [];
  return {
    immediate: { taskState: 'shelving' },
    later: [
      ...upload,
      { taskState: 'shelving_offloading', powerState: 4 },
      { vmState: 'shelved_offloaded', taskState: null, effects: ['offload'] },
    ],
  };
}

/** Unshelve always ends ACTIVE. */
export const unshelveRecipe: TaskRecipe = {
  immediate: { taskState: 'unshelving' },
  later: [{ taskState: 'spawning', effects: ['assign-host'] }, { ...ACTIVE, effects: ['volumes-in-use', 'launched'] }],
};

/** The status never changes during a snapshot; the image goes queued → saving → active alongside. */
export const snapshotRecipe: TaskRecipe = {
  immediate: { taskState: 'image_snapshot_pending' },
  later: [{ taskState: 'image_snapshot' }, { taskState: 'image_pending_upload' }, { taskState: 'image_uploading' }, { taskState: null }],
};
/** Steps after which the snapshot's image starts saving and becomes active. */
export const SNAPSHOT_SAVING_STEP = 3;
export const SNAPSHOT_ACTIVE_STEP = 4;

export const deleteRecipe: TaskRecipe = {
  immediate: { taskState: 'deleting' },
  later: [{ effects: ['remove'] }],
};
