import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Server } from '../../api/schemas/server';
import { isReservation } from '../../api/server-refs';
import { currentProfile } from '../../api/session';
import { createdNamesFilter, instanceNames, multiNameStyle } from '../../domain/create-rules';
import { clearDraft } from './draft-storage';
import type { CreateOutcome } from './use-create-instance';

/** The first and last name of several new servers: those found, or those the cloud's naming gives. */
function nameRange(found: readonly Server[] | null, name: string, count: number): { first: string; last: string } {
  const names = found
    ? found.map((server) => server.name ?? '').sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    : instanceNames(name, count, multiNameStyle(currentProfile()));
  return { first: names[0] ?? name, last: names.at(-1) ?? name };
}

/**
 * Once the cloud has the request: the draft goes, and the user goes where the BUILD → ACTIVE progress is
 * watched live: the new instance, or the list filtered to this request's reservation (several instances).
 */
export function useAfterCreate(outcome: CreateOutcome, request: { name: string; count: number }, stopAutosave: () => void) {
  const { t } = useTranslation('wizard');
  const navigate = useNavigate();
  const { name, count } = request;
  const handled = useRef<CreateOutcome | null>(null);

  useEffect(() => {
    if ((outcome.kind !== 'created' && outcome.kind !== 'found') || handled.current === outcome) return;
    handled.current = outcome;
    stopAutosave();
    clearDraft();
    const several = count > 1;
    notifications.show({
      color: 'teal',
      title: several ? t('submit.createdTitleMany') : t('submit.createdTitleOne'),
      message: several ? t('submit.createdMany', { count, ...nameRange(outcome.kind === 'found' ? outcome.servers : null, name, count) }) : t('submit.createdOne', { name }),
    });
    if (outcome.kind === 'created') {
      const { result } = outcome;
      void navigate(isReservation(result) ? `/instances?reservation_id=${encodeURIComponent(result.reservation_id)}` : `/instances/${encodeURIComponent(result.id)}`);
      return;
    }
    // A lost answer carries no reservation id: one server is opened, several are listed by their names (either style).
    const [first] = outcome.servers;
    if (outcome.servers.length === 1 && first) void navigate(`/instances/${encodeURIComponent(first.id)}`);
    else void navigate(`/instances?name=${encodeURIComponent(createdNamesFilter(name, count))}`);
  }, [outcome, name, count, navigate, stopAutosave, t]);
}
