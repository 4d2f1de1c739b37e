import { Button, Group, Modal } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmColor } from '../../actions/action-look';
import type { FleetRow } from '../fleet-rows';
import type { BulkPlan } from './bulk-plan';
import { asksToTypeCount, BulkPreview } from './bulk-preview';
import { BulkResults } from './bulk-results';
import { failedIds, useBulkRun } from './use-bulk-run';

export interface BulkDialogProps {
  plan: BulkPlan;
  /** How many instances were selected. */
  total: number;
  /** The list's current row for an id (a retry sends from the instance as it is now). */
  lookup: (id: string) => FleetRow | undefined;
  /** `finished`: something was sent, so the selection has served its purpose. */
  onClose: (finished: boolean) => void;
}

/** Preview, confirm, then a result per instance with "Retry failed". It cannot be closed while requests are out. */
export function BulkDialog({ plan, total, lookup, onClose }: BulkDialogProps) {
  const { t } = useTranslation(['instances', 'common']);
  const { run, start, retryFailed } = useBulkRun();
  const [typed, setTyped] = useState('');
  const action = t(`instances:action.${plan.action}`);
  const count = plan.eligible.length;
  const confirmed = !asksToTypeCount(plan.action) || typed.replace(/[\s,.]/g, '') === String(count);
  const failed = run ? failedIds(run).length : 0;
  const running = run?.running ?? false;

  return (
    <Modal
      opened
      onClose={() => !running && onClose(run !== null)}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={run === null}
      size="lg"
      title={run ? t('instances:list.bulk.resultsTitle', { action }) : t('instances:list.bulk.title', { action, count: total })}
    >
      {run ? (
        <>
          <BulkResults run={run} />
          <Group justify="flex-end" gap="sm" mt="md">
            {failed > 0 && !running && (
              <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => retryFailed(run, lookup)}>
                {t('instances:list.bulk.retryFailed', { count: failed })}
              </Button>
            )}
            <Button onClick={() => onClose(true)} disabled={running}>
              {t('common:actions.close')}
            </Button>
          </Group>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (count > 0 && confirmed) start(plan.action, plan.eligible);
          }}
        >
          <BulkPreview plan={plan} total={total} typed={typed} onTyped={setTyped} />
          <Group justify="flex-end" gap="sm" mt="lg">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" color={confirmColor(plan.action)} disabled={count === 0 || !confirmed}>
              {t('instances:list.bulk.confirm', { action, count })}
            </Button>
          </Group>
        </form>
      )}
    </Modal>
  );
}
