import { Badge, Text, type MantineColor } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconHelpCircle,
  IconLoader2,
  IconPlayerPause,
  IconPlayerStop,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../../api/schemas/server-status';
import { statusTone, type StatusTone } from '../../../domain/server-status';
import { LazyTooltip } from '../../../lib/ui/lazy-tooltip';
import { taskLabel } from './use-task-label';
import classes from './status-badge.module.css';

// Colour and icon together, never colour alone: the icon and the word carry the meaning.
const TONE_LOOK: Record<StatusTone, { color: MantineColor; icon: Icon }> = {
  // teal.9 keeps 5:1 with white at badge size; green.9 is 4.36:1 and fails axe wcag2aa.
  running: { color: 'teal.9', icon: IconCircleCheck },
  stopped: { color: 'gray.7', icon: IconPlayerStop },
  transition: { color: 'blue.8', icon: IconLoader2 },
  error: { color: 'red.9', icon: IconAlertTriangle },
  // orange.9 (#d9480f) is 4.29:1 with white and fails axe wcag2aa; this darker orange is 5.2:1.
  paused: { color: '#c2410c', icon: IconPlayerPause },
  gone: { color: 'dark.4', icon: IconTrash },
  unknown: { color: 'grape.8', icon: IconHelpCircle },
};

export interface StatusBadgeProps {
  status: ServerStatus;
  /** The running task (`OS-EXT-STS:task_state`), shown beside the status. */
  taskState?: string | null | undefined;
  /** An action the user asked for that the API does not show yet. */
  requested?: string | undefined;
}

/** A server's status: word, colour and icon, the running task beside it, and the spec's description on hover. */
export function StatusBadge({ status, taskState, requested }: StatusBadgeProps) {
  // One translation hook and plain layout: a table scrolling through thousands of servers mounts dozens a frame.
  const { t, i18n } = useTranslation('instances');
  const tone = statusTone(status);
  const { color, icon: StatusIcon } = TONE_LOOK[tone];
  const spin = tone === 'transition' || Boolean(taskState);
  return (
    <span className={classes.row}>
      <LazyTooltip label={`${status}: ${t(`status.${status}.description`)}`} multiline maw={320} withArrow openDelay={300}>
        <Badge
          color={color}
          variant="filled"
          radius="sm"
          tabIndex={0}
          // Focusable for its tooltip (keyboard focus opens it too), so it needs a name of its own: a plain element takes none from its text.
          role="note"
          aria-label={t(`status.${status}.label`)}
          leftSection={<StatusIcon size={12} aria-hidden className={spin ? classes.spin : undefined} />}
          classNames={{ root: classes.badge }}
        >
          {t(`status.${status}.label`)}
        </Badge>
      </LazyTooltip>
      {taskState ? (
        <Text size="xs" c="dimmed" className={classes.task}>
          {taskLabel(t, i18n, taskState)}
        </Text>
      ) : requested ? (
        <Text size="xs" c="dimmed" className={classes.task}>
          {t('requested', { action: requested })}
        </Text>
      ) : null}
    </span>
  );
}
