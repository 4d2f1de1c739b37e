import { Badge } from '@mantine/core';
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
import type { i18n as I18n, TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../../api/schemas/server-status';
import { statusTone, type StatusTone } from '../../../domain/server-status';
import { LazyTooltip } from '../../../lib/ui/lazy-tooltip';
import { taskLabel } from './use-task-label';
import classes from './status-badge.module.css';

// Colour and icon together, never colour alone: the icon and the word carry the meaning. White text on each.
const TONE_LOOK: Record<StatusTone, { background: string; icon: Icon }> = {
  // teal.9 keeps 5:1 with white at badge size; green.9 is 4.36:1 and fails axe wcag2aa.
  running: { background: 'var(--mantine-color-teal-9)', icon: IconCircleCheck },
  stopped: { background: 'var(--mantine-color-gray-7)', icon: IconPlayerStop },
  transition: { background: 'var(--mantine-color-blue-8)', icon: IconLoader2 },
  error: { background: 'var(--mantine-color-red-9)', icon: IconAlertTriangle },
  // orange.9 (#d9480f) is 4.29:1 with white and fails axe wcag2aa; this darker orange is 5.2:1.
  paused: { background: '#c2410c', icon: IconPlayerPause },
  gone: { background: 'var(--mantine-color-dark-4)', icon: IconTrash },
  unknown: { background: 'var(--mantine-color-grape-8)', icon: IconHelpCircle },
};

const badgeStyle = (background: string) => ({ '--badge-bg': background, '--badge-radius': 'var(--mantine-radius-sm)' }) as CSSProperties;

export interface StatusBadgeProps {
  status: ServerStatus;
  /** The running task (`OS-EXT-STS:task_state`), shown beside the status. */
  taskState?: string | null | undefined;
  /** An action the user asked for that the API does not show yet. */
  requested?: string | undefined;
}

/** A server's status: word, colour and icon, the running task beside it, and the spec's description on hover. */
export function StatusBadge({ status, taskState, requested }: StatusBadgeProps) {
  const { t, i18n } = useTranslation('instances');
  return <StatusBadgeView status={status} taskState={taskState} words={statusWords(t, i18n, status, taskState, requested)} />;
}

/** What a status badge says: the status in a word, its description, and the task or requested action beside it. */
export interface StatusWords {
  label: string;
  description: string;
  /** The running task or the requested action, in words; none when the server is settled. */
  aside: string | undefined;
}

export function statusWords(t: TFunction<'instances'>, i18n: I18n, status: ServerStatus, taskState?: string | null, requested?: string): StatusWords {
  return {
    label: t(`status.${status}.label`),
    description: t(`status.${status}.description`),
    aside: taskState ? taskLabel(t, i18n, taskState) : requested ? t('requested', { action: requested }) : undefined,
  };
}

/**
 * {@link StatusBadge} with its words given: no hooks, and plain elements with Mantine Badge's own classes (no styles
 * resolver), for a table scrolling through thousands of servers that mounts dozens a frame.
 */
export function StatusBadgeView({ status, taskState, words }: { status: ServerStatus; taskState: string | null | undefined; words: StatusWords }) {
  const tone = statusTone(status);
  const { background, icon: StatusIcon } = TONE_LOOK[tone];
  const spin = tone === 'transition' || Boolean(taskState);
  return (
    <span className={classes.row}>
      <LazyTooltip label={`${status}: ${words.description}`} multiline maw={320} withArrow openDelay={300}>
        <span
          className={`${Badge.classes.root} ${classes.badge} mantine-focus-auto`}
          style={badgeStyle(background)}
          data-variant="filled"
          data-with-left-section
          tabIndex={0}
          // Focusable for its tooltip (keyboard focus opens it too), so it needs a name of its own: a plain element takes none from its text.
          role="note"
          aria-label={words.label}
        >
          <span className={Badge.classes.section} data-position="left">
            <StatusIcon size={12} aria-hidden className={spin ? classes.spin : undefined} />
          </span>
          <span className={Badge.classes.label}>{words.label}</span>
        </span>
      </LazyTooltip>
      {words.aside !== undefined && <span className={classes.task}>{words.aside}</span>}
    </span>
  );
}
