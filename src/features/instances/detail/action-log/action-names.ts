/**
 * The action names Nova records (nova/compute/instance_actions.py) that the console words; any other name is shown as
 * the cloud sent it.
 */
export const WORDED_ACTIONS = [
  'create',
  'delete',
  'start',
  'stop',
  'reboot',
  'resize',
  'confirmResize',
  'revertResize',
  'shelve',
  'shelveOffload',
  'unshelve',
  'createImage',
  'createBackup',
  'attach_volume',
  'detach_volume',
  'extend_volume',
  'attach_interface',
  'detach_interface',
  'rebuild',
  'changePassword',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'rescue',
  'unrescue',
  'migrate',
  'live-migration',
  'lock',
  'unlock',
] as const;

export type WordedAction = (typeof WORDED_ACTIONS)[number];

export function isWordedAction(name: string): name is WordedAction {
  return (WORDED_ACTIONS as readonly string[]).includes(name);
}
