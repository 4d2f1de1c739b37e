import { ActionIcon, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconDotsVertical } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { cloneElement, Fragment, type ReactElement, type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { type InstanceAction, isDirectAction } from '../../../domain/instance-actions';
import { flavorQueries } from '../../flavors/flavor-queries';
import { ACTION_GROUP, ACTION_GROUPS, ACTION_ICONS } from './action-look';
import { openActionDialog, preloadActionDialogs } from './open-action-dialog';
import { type ActionAvailability, useActionAvailability } from './use-action-availability';
import { useInstanceAction } from './use-instance-action';
import classes from './instance-actions-menu.module.css';

export interface InstanceActionsMenuProps {
  server: Server;
  /** The flavor list, when the caller has it (a table); otherwise the cached list is read when the menu opens. */
  flavors?: Flavor[];
  /** `compact`: a small icon button for a table row. Default: a labelled "Actions" button. */
  compact?: boolean;
  /** A button of the caller's own (with the same name) instead of either (a table row's, see row-actions-menu.tsx). */
  trigger?: ReactElement;
}

/**
 * Every action on an instance. One that does not apply now stays in the menu, disabled, with the reason written
 * under it (and tied to it with aria-describedby), so keyboard and screen-reader users get it too. Disabled items
 * stay focusable (aria-disabled), as the ARIA menu pattern recommends.
 */
export function InstanceActionsMenu({ server, flavors, compact = false, trigger }: InstanceActionsMenuProps) {
  const { t } = useTranslation('instances');
  const label = t('dialogs.menu.label', { name: server.name || server.id });
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  return (
    // Sixteen actions with their reasons are taller than a small window: the list scrolls within the space there is.
    <Menu position="bottom-end" withArrow width={340} shadow="md" middlewares={{ size: { padding: 8 } }}>
      <Menu.Target>
        {trigger ? (
          cloneElement(trigger as ReactElement<{ ref?: Ref<HTMLButtonElement> }>, { ref: setButton })
        ) : compact ? (
          <ActionIcon ref={setButton} variant="subtle" color="gray" aria-label={label}>
            <IconDotsVertical size={18} aria-hidden />
          </ActionIcon>
        ) : (
          <Button ref={setButton} variant="default" rightSection={<IconChevronDown size={16} aria-hidden />} aria-label={label}>
            {t('dialogs.menu.button')}
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown className={classes.dropdown}>
        {/* The part that scrolls can take the keyboard's focus, so it can be scrolled without a mouse too. */}
        <div role="group" aria-label={label} tabIndex={0} className={classes.scroll}>
          <ActionItems server={server} flavors={flavors} menuButton={button} />
        </div>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Rendered only while the menu is open: a table of 5,000 rows pays for the gating of one. */
function ActionItems({ server, flavors: given, menuButton }: { server: Server; flavors?: Flavor[] | undefined; menuButton: HTMLButtonElement | null }) {
  const { t } = useTranslation('instances');
  const flavorQuery = useQuery({ ...flavorQueries.detail(), enabled: given === undefined });
  const flavors = given ?? flavorQuery.data;
  const availability = useActionAvailability(server, flavors);
  const mutation = useInstanceAction();
  const baseId = useId();
  const byAction = new Map(availability.map((entry) => [entry.action, entry]));
  // The menu is open: fetch the dialogs' code now, so the one picked opens at once.
  useEffect(preloadActionDialogs, []);

  const run = (action: InstanceAction) => {
    if (isDirectAction(action)) mutation.mutate({ server, request: { action } });
    // The dialog opens from a menu item that is gone once the menu closes: focus returns to the menu's button.
    else openActionDialog(action, server, { flavors, returnFocusTo: menuButton });
  };

  return ACTION_GROUPS.map((group, index) => (
    <Fragment key={group.key}>
      {index > 0 && <Menu.Divider />}
      {group.key !== 'danger' && <Menu.Label>{t(`dialogs.menu.group.${group.key}`)}</Menu.Label>}
      {group.actions.map((action, position) => (
        <ActionItem
          key={action}
          entry={byAction.get(action) ?? { action, reason: null }}
          reasonId={`${baseId}-${action}`}
          onRun={run}
          // Opened from the keyboard, the menu focuses its first item, not the scrolling group around the items.
          first={index === 0 && position === 0}
        />
      ))}
    </Fragment>
  ));
}

interface ActionItemProps {
  entry: ActionAvailability;
  reasonId: string;
  onRun: (action: InstanceAction) => void;
  first: boolean;
}

function ActionItem({ entry: { action, reason }, reasonId, onRun, first }: ActionItemProps) {
  const { t } = useTranslation('instances');
  const Icon = ACTION_ICONS[action];
  const disabled = reason !== null;
  const danger = ACTION_GROUP[action] === 'danger';
  return (
    <Menu.Item
      className={classes.item}
      data-unavailable={disabled || undefined}
      data-danger={danger || undefined}
      data-autofocus={first || undefined}
      aria-disabled={disabled || undefined}
      aria-describedby={disabled ? reasonId : undefined}
      closeMenuOnClick={!disabled}
      leftSection={<Icon size={16} aria-hidden />}
      onClick={() => !disabled && onRun(action)}
    >
      <span>{t(`action.${action}`)}</span>
      {disabled && (
        <Text id={reasonId} size="xs" className={classes.reason} aria-hidden>
          {reason}
        </Text>
      )}
    </Menu.Item>
  );
}
