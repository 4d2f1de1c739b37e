import { IconBrandWindows, IconWorld } from '@tabler/icons-react';
import { type MouseEvent, useMemo } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import { escapeHiddenCharacters } from '../../../lib/hidden-characters';
import { RelativeTime } from '../../../lib/time-ago';
import type { ApiTime } from '../../../lib/time';
import { LazyTooltip } from '../../../lib/ui/lazy-tooltip';
import { visibleName } from '../../../lib/ui/visible-name';
import type { PendingAction } from '../actions/pending-actions';
import { StatusBadgeView, type StatusWords } from '../status/status-badge';
import type { ServerStatus } from '../../../api/schemas/server-status';
import type { FleetRow } from './fleet-rows';
import type { ServerIps } from '../server-facts';
import classes from './instance-table.module.css';

/**
 * The words the cells need, translated once per table render: a table scrolling through thousands of rows mounts
 * dozens of cells a frame, so cells are plain elements without hooks of their own.
 */
export interface CellLabels {
  none: string;
  unnamed: string;
  floating: string;
  fixed: string;
  windows: string;
  moreIps: (count: number) => string;
  actionLabel: (action: PendingAction['action']) => string;
  /** The row checkbox's name. */
  selectRow: (name: string) => string;
  /** The row menu's name, as the actions menu words it. */
  actionsFor: (name: string) => string;
  /** A status badge's words (`requested`: an action asked for that the API does not show yet, in words). */
  statusWords: (status: ServerStatus, taskState: string | null | undefined, requested: string | undefined) => StatusWords;
  /** "3 minutes ago" at the table's clock tick; null for an unreadable time. */
  relativeTime: (value: ApiTime) => string | null;
}

const Dash = ({ labels }: { labels: CellLabels }) => <span className={classes.dimmed}>{labels.none}</span>;

/** How a row's name opens its instance: a plain link and one click handler for all rows (a router Link costs a row a score of hooks). */
export interface RowLink {
  href: (id: string) => string;
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

const instancePath = (id: string) => `/instances/${encodeURIComponent(id)}`;

/** The table's {@link RowLink}: a plain click navigates in the app; a modified or middle click is left to the browser, as with Link. */
export function useRowLink(): RowLink {
  const navigate = useNavigate();
  const base = useHref('/instances');
  return useMemo(
    () => ({
      href: (id) => `${base}/${encodeURIComponent(id)}`,
      onClick: (event) => {
        const id = event.currentTarget.dataset.id;
        if (id === undefined || event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        void navigate(instancePath(id));
      },
    }),
    [navigate, base],
  );
}

/** The name with its hidden characters marked (visibleName and the escape cost only a regex test for a plain name). */
export function NameCell({ row, labels, link }: { row: FleetRow; labels: CellLabels; link: RowLink | undefined }) {
  return (
    <a href={link ? link.href(row.id) : instancePath(row.id)} data-id={row.id} onClick={link?.onClick} className={classes.nameLink} title={escapeHiddenCharacters(row.name)}>
      {row.name ? visibleName(row.name) : labels.unnamed}
    </a>
  );
}

export function StatusCell({ row, pending, labels }: { row: FleetRow; pending: PendingAction | undefined; labels: CellLabels }) {
  const requested = pending && !pending.acknowledged ? labels.actionLabel(pending.action) : undefined;
  return <StatusBadgeView status={row.status} taskState={row.taskState} words={labels.statusWords(row.status, row.taskState, requested)} />;
}

const PRE_LINE = { whiteSpace: 'pre-line' } as const;

/** Every address, one a line, for the "+N more" tooltip: worded only for the rows that have more. */
function allIps({ fixed, floating }: ServerIps, labels: CellLabels): string {
  return [...fixed.map((ip) => `${ip} (${labels.fixed})`), ...floating.map((ip) => `${ip} (${labels.floating})`)].join('\n');
}

/**
 * The first fixed and the first floating address (the floating one under it, marked by an icon and by words for
 * screen readers); all of them on hover of "+N more".
 */
export function IpsCell({ row, labels }: { row: FleetRow; labels: CellLabels }) {
  const { fixed, floating } = row.ips;
  const [firstFixed] = fixed;
  const [firstFloating] = floating;
  const more = fixed.length + floating.length - (firstFixed ? 1 : 0) - (firstFloating ? 1 : 0);
  if (!firstFixed && !firstFloating) return <Dash labels={labels} />;
  return (
    <span className={classes.ips}>
      <span className={firstFixed && firstFloating ? classes.ipStack : classes.ipSingle}>
        {firstFixed && <span className={classes.truncate}>{firstFixed}</span>}
        {firstFloating && (
          <span className={classes.floating}>
            <IconWorld size={12} aria-hidden className={classes.floatingIcon} />
            <span className={classes.truncate}>{firstFloating}</span>
            <span className={classes.visuallyHidden}> ({labels.floating})</span>
          </span>
        )}
      </span>
      {more > 0 && (
        <LazyTooltip multiline withArrow label={allIps(row.ips, labels)} style={PRE_LINE}>
          <span className={classes.more} tabIndex={0}>
            {labels.moreIps(more)}
          </span>
        </LazyTooltip>
      )}
    </span>
  );
}

export function OsCell({ row, labels }: { row: FleetRow; labels: CellLabels }) {
  if (!row.osLabel) return <Dash labels={labels} />;
  const mentionsWindows = /windows/i.test(row.osLabel);
  return (
    <span className={classes.os} title={row.osLabel}>
      {row.windows && <IconBrandWindows size={16} aria-hidden className={classes.windowsIcon} />}
      {row.windows && !mentionsWindows && <span>{labels.windows}</span>}
      <span className={classes.truncate}>{row.osLabel}</span>
    </span>
  );
}

export function PlainCell({ value, labels, mono = false }: { value: string; labels: CellLabels; mono?: boolean }) {
  if (!value) return <Dash labels={labels} />;
  return (
    <span className={mono ? `${classes.truncate} ${classes.mono}` : classes.truncate} title={value}>
      {value}
    </span>
  );
}

export function CreatedCell({ row, labels }: { row: FleetRow; labels: CellLabels }) {
  const relative = labels.relativeTime(row.server.created);
  return relative === null ? <Dash labels={labels} /> : <RelativeTime value={row.server.created} relative={relative} />;
}
