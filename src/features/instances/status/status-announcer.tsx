import { VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../../api/schemas/server-status';
import { pendingActions } from '../actions/pending-actions';

export interface AnnouncedServer {
  id: string;
  name: string;
  status: ServerStatus;
}

/** More changes than this in one poll are summed up in one sentence instead of read one by one. */
const ONE_BY_ONE = 3;
const NAMES_IN_SUMMARY = 5;

/**
 * The servers whose status differs from the one last seen. A server seen for the first time (the first load, the
 * next page of a big fleet, a new filter) is not a change.
 */
export function changedStatuses<T extends AnnouncedServer>(previous: ReadonlyMap<string, ServerStatus>, servers: readonly T[]): T[] {
  return servers.filter((server) => {
    const before = previous.get(server.id);
    return before !== undefined && before !== server.status;
  });
}

/**
 * A polite live region that tells screen-reader users when a shown server's status changes between polls
 * ("web-01 is now Stopped (SHUTOFF)."): once per change, never for the first load or a poll that changed nothing.
 * A change the user asked for is left to that action's own notification, so it is not told twice.
 */
export function StatusAnnouncer({ servers }: { servers: readonly AnnouncedServer[] | undefined }) {
  const { t } = useTranslation('instances');
  const seen = useRef<Map<string, ServerStatus> | null>(null);
  const toldByAction = useRef(new Set<string>());
  const [message, setMessage] = useState('');

  // An action's notification may fire before or after the poll that shows its result reaches this component.
  useEffect(
    () =>
      pendingActions.onEvent((event) => {
        if (event.server) toldByAction.current.add(`${event.server.id}:${event.server.status}`);
      }),
    [],
  );

  useEffect(() => {
    if (!servers) return;
    const previous = seen.current;
    seen.current = new Map(servers.map((server) => [server.id, server.status]));
    if (previous === null) return;
    const told = toldByAction.current;
    const changed = changedStatuses(previous, servers).filter(
      (server) => pendingActions.get(server.id) === undefined && !told.has(`${server.id}:${server.status}`),
    );
    told.clear();
    if (changed.length === 0) return;
    const sentence = (server: AnnouncedServer) =>
      t('dialogs.events.reached', { name: server.name || server.id, status: t(`status.${server.status}.label`), code: server.status });
    setMessage(
      changed.length <= ONE_BY_ONE
        ? changed.map(sentence).join(' ')
        : t('announcer.many', {
            count: changed.length,
            names: changed
              .slice(0, NAMES_IN_SUMMARY)
              .map((server) => server.name || server.id)
              .join(', ')
              .concat(changed.length > NAMES_IN_SUMMARY ? ', …' : ''),
          }),
    );
  }, [servers, t]);

  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
