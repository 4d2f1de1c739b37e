import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowsDiff } from '@tabler/icons-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { Server } from '../../../api/schemas/server';
import { ACTION_ICONS } from '../actions/action-look';
import { openActionDialog } from '../actions/open-action-dialog';
import { serverFlavorName } from '../actions/server-flavor';
import { useActionAvailability } from '../actions/use-action-availability';
import { useInstanceAction } from '../actions/use-instance-action';
import { DisabledReason } from './disabled-reason';

/**
 * VERIFY_RESIZE: the cloud waits for the user to keep the new flavor or go back (upstream Nova waits for ever; NHN
 * confirms by itself). Both answers stand here in plain sight, gated like the menu's; the menu offers them too.
 */
export function ResizeDecision({ server, flavors }: { server: Server; flavors: Flavor[] | undefined }) {
  if (server.status.toUpperCase() !== 'VERIFY_RESIZE') return null;
  return <ResizeDecisionAlert server={server} flavors={flavors} />;
}

function ResizeDecisionAlert({ server, flavors }: { server: Server; flavors: Flavor[] | undefined }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const baseId = useId();
  const revertButton = useRef<HTMLButtonElement>(null);
  const mutation = useInstanceAction();
  const availability = useActionAvailability(server, flavors);
  const reasonOf = (action: 'confirmResize' | 'revertResize') => availability.find((entry) => entry.action === action)?.reason ?? null;
  const confirmReason = reasonOf('confirmResize');
  const revertReason = reasonOf('revertResize');
  const name = server.name || server.id;
  const flavor = serverFlavorName(server, flavors);
  const ConfirmIcon = ACTION_ICONS.confirmResize;
  const RevertIcon = ACTION_ICONS.revertResize;

  return (
    <Alert
      role="region"
      color="blue"
      variant="light"
      icon={<IconArrowsDiff aria-hidden />}
      title={flavor ? t('detail.resized.title', { name, flavor }) : t('detail.resized.titleNoFlavor', { name })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('detail.resized.body')}</Text>
        <Group gap="sm" align="flex-start">
          <Stack gap={4}>
            <Button
              leftSection={<ConfirmIcon size={16} aria-hidden />}
              disabled={confirmReason !== null}
              aria-describedby={confirmReason ? `${baseId}-confirm` : undefined}
              loading={mutation.isPending}
              onClick={() => mutation.mutate({ server, request: { action: 'confirmResize' } })}
            >
              {t('instances:action.confirmResize')}
            </Button>
            <DisabledReason id={`${baseId}-confirm`} reason={confirmReason} />
          </Stack>
          <Stack gap={4}>
            <Button
              ref={revertButton}
              variant="default"
              leftSection={<RevertIcon size={16} aria-hidden />}
              disabled={revertReason !== null || mutation.isPending}
              aria-describedby={revertReason ? `${baseId}-revert` : undefined}
              onClick={() => openActionDialog('revertResize', server, { flavors, returnFocusTo: revertButton.current })}
            >
              {t('instances:action.revertResize')}
            </Button>
            <DisabledReason id={`${baseId}-revert`} reason={revertReason} />
          </Stack>
        </Group>
      </Stack>
    </Alert>
  );
}
