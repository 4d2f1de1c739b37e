import { ActionIcon, UnstyledButton } from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { lazyPopup } from '../../../lib/ui/lazy-popup';

const InstanceActionsMenu = lazyPopup<{ server: Server; flavors: Flavor[] | undefined }>(
  async () => (await import('../actions/instance-actions-menu')).InstanceActionsMenu,
  'menu',
);

export interface RowActionsMenuProps {
  server: Server;
  flavors: Flavor[] | undefined;
  /** "Actions for web-01": the same name the full menu's button has. */
  label: string;
}

/**
 * The row's action menu, mounted on first use: a table scrolling through thousands of servers mounts dozens of rows a
 * frame, and a plain button costs a fraction of a menu (or of a Mantine ActionIcon, whose look it copies). The menu's
 * code downloads when a row's button is first pointed at, focused or pressed; the click mounts that row's menu, open.
 */
export function RowActionsMenu({ server, flavors, label }: RowActionsMenuProps) {
  // What `<ActionIcon variant="subtle" color="gray">` renders, as a plain button: Mantine's classes, no hooks.
  const trigger = (
    <button type="button" className={BUTTON_CLASSES} data-variant="subtle" style={SUBTLE_GRAY} aria-label={label}>
      <span className={ActionIcon.classes.icon}>
        <IconDotsVertical size={18} aria-hidden />
      </span>
    </button>
  );
  return <InstanceActionsMenu server={server} flavors={flavors} trigger={trigger} />;
}

const BUTTON_CLASSES = `mantine-focus-auto mantine-active ${ActionIcon.classes.root} ${UnstyledButton.classes.root}`;
const SUBTLE_GRAY = {
  '--ai-bg': 'transparent',
  '--ai-hover': 'var(--mantine-color-gray-light-hover)',
  '--ai-color': 'var(--mantine-color-gray-light-color)',
  '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
} as CSSProperties;
