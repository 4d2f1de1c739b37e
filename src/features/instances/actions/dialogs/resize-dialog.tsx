import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFlavorId } from '../../../../api/server-refs';
import type { Flavor } from '../../../../api/schemas/flavor';
import type { Server } from '../../../../api/schemas/server';
import { currentProfile } from '../../../../api/session';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { flavorQueries } from '../../../flavors/flavor-queries';
import { QuotaUsage, QuotaWarning } from '../../../quotas/quota-widgets';
import { osTypeOf } from '../../server-facts';
import { confirmColor } from '../action-look';
import { resizeQuotaAdds, serverFlavorSize } from '../action-quota';
import { resizeChoices } from '../resize-choices';
import { serverFlavorFamily, serverFlavorName } from '../server-flavor';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject, LoadingBlock } from './dialog-parts';
import { FlavorPicker } from './flavor-picker';

export interface ResizeDialogProps {
  server: Server;
  /** The caller's flavor list, if it has one; otherwise the cached list is read. */
  flavors?: readonly Flavor[] | undefined;
  onClose: () => void;
}

/** Change flavor: pick from the flavor list (unavailable ones disabled with the reason), warned before it runs. */
export function ResizeDialog({ server, flavors: given, onClose }: ResizeDialogProps) {
  const { t } = useTranslation('instances');
  const query = useQuery({ ...flavorQueries.detail(), enabled: given === undefined });
  const flavors = given ?? query.data;
  const mutation = useInstanceAction({ notifyErrors: false });
  const [flavorId, setFlavorId] = useState<string | null>(null);

  const family = serverFlavorFamily(server, flavors);
  const choices = flavors ? resizeChoices(flavors, { id: serverFlavorId(server), family }, osTypeOf(server), currentProfile()) : [];
  const chosen = choices.find((choice) => choice.flavor.id === flavorId && choice.problem === null);
  const active = server.status === 'ACTIVE';
  const current = serverFlavorSize(server, flavors);
  const quotaAdds = chosen && current ? resizeQuotaAdds(current, chosen.flavor) : null;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) mutation.mutate({ server, request: { action: 'resize', flavorId: chosen.flavor.id } }, { onSuccess: onClose });
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <Group gap="xs">
          <Text size="sm">{t('dialogs.resize.current')}</Text>
          <Text size="sm" fw={600}>
            {serverFlavorName(server, flavors) ?? serverFlavorId(server) ?? t('dialogs.resize.unknownFlavor')}
          </Text>
        </Group>
        <Alert
          role="note"
          color={active ? 'yellow' : 'blue'}
          variant="light"
          icon={active ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
        >
          {t(active ? 'dialogs.resize.activeWarning' : 'dialogs.resize.stoppedNote', { name: server.name })}
        </Alert>
        {query.isError && given === undefined ? (
          <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : flavors ? (
          <FlavorPicker choices={choices} value={flavorId} onChange={setFlavorId} />
        ) : (
          <LoadingBlock height={240} />
        )}
        {quotaAdds && (
          <>
            <QuotaUsage adds={quotaAdds} />
            <QuotaWarning adds={quotaAdds} />
          </>
        )}
        <DialogError error={mutation.error} action="resize" />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={chosen ? t('dialogs.resize.confirmTo', { flavor: chosen.flavor.name }) : t('action.resize')}
          color={confirmColor('resize')}
          loading={mutation.isPending}
          disabled={!chosen}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
