import { ActionIcon, UnstyledButton } from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { InstanceActionsMenu } from '../actions/instance-actions-menu';

export interface RowActionsMenuProps {
  server: Server;
  flavors: Flavor[] | undefined;
  /** "Actions for web-01": the same name the full menu's button has. */
  label: string;
}

/**
 * The row's action menu, mounted on first use: a table scrolling through thousands of servers mounts dozens of rows a
 * frame, and a plain button costs a fraction of a menu (or of a Mantine ActionIcon, whose look it copies). The first click
 * swaps in the real menu and opens it.
 */
export function RowActionsMenu({ server, flavors, label }: RowActionsMenuProps) {
  const [active, setActive] = useState(false);
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!active) return;
    const button = holder.current?.querySelector('button');
    button?.focus();
    button?.click();
  }, [active]);
  if (active) {
    return (
      <span ref={holder}>
        <InstanceActionsMenu server={server} flavors={flavors} compact />
      </span>
    );
  }
  // What `<ActionIcon variant="subtle" color="gray">` renders, as a plain button: Mantine's classes, no hooks.
  return (
    <button
      type="button"
      className={BUTTON_CLASSES}
      data-variant="subtle"
      style={SUBTLE_GRAY}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setActive(true)}
    >
      <span className={ActionIcon.classes.icon}>
        <IconDotsVertical size={18} aria-hidden />
      </span>
    </button>
  );
}

const BUTTON_CLASSES = `mantine-focus-auto mantine-active ${ActionIcon.classes.root} ${UnstyledButton.classes.root}`;
const SUBTLE_GRAY = {
  '--ai-bg': 'transparent',
  '--ai-hover': 'var(--mantine-color-gray-light-hover)',
  '--ai-color': 'var(--mantine-color-gray-light-color)',
  '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
} as CSSProperties;
