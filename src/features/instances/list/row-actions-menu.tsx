import { ActionIcon } from '@mantine/core';
import { IconDotsVertical } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
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
 * frame, and a plain button costs a fraction of a menu. The first click swaps in the real menu and opens it.
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
  return (
    <ActionIcon variant="subtle" color="gray" aria-label={label} aria-haspopup="menu" aria-expanded={false} onClick={() => setActive(true)}>
      <IconDotsVertical size={18} aria-hidden />
    </ActionIcon>
  );
}
