import { Alert, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Server } from '../../../../api/schemas/server';
import { hasService } from '../../../../api/session';
import { QueryErrorAlert } from '../../../../lib/ui/query-error-alert';
import { networkQueries } from '../../../networks/network-queries';
import { serverGroupNames } from '../use-action-availability';
import { useInstanceAction } from '../use-instance-action';
import { DialogButtons, DialogError, DialogSubject, LoadingBlock } from './dialog-parts';

export interface SecurityGroupDialogProps {
  server: Server;
  mode: 'addSecurityGroup' | 'removeSecurityGroup';
  /** Pre-selected, e.g. the group whose Remove button was pressed. */
  initialGroup?: string | undefined;
  onClose: () => void;
}

/**
 * Add one of the project's groups the instance does not have yet, or remove one of its own. The spec: the group
 * applies to (or leaves) every port of the instance.
 */
export function SecurityGroupDialog({ server, mode, initialGroup, onClose }: SecurityGroupDialogProps) {
  const { t } = useTranslation('instances');
  const mutation = useInstanceAction({ notifyErrors: false });
  const networkKnown = hasService('network');
  const groups = useQuery({ ...networkQueries.securityGroups(), enabled: networkKnown && mode === 'addSecurityGroup' });
  const [groupName, setGroupName] = useState<string | null>(initialGroup ?? null);
  const own = serverGroupNames(server);

  const options =
    mode === 'removeSecurityGroup'
      ? own.map((name) => ({ value: name, label: name }))
      : (groups.data ?? [])
          .filter((group) => !own.includes(group.name))
          .map((group) => ({ value: group.name, label: group.description ? `${group.name} — ${group.description}` : group.name }));
  const needsList = mode === 'addSecurityGroup' && networkKnown;
  const label = t(mode === 'addSecurityGroup' ? 'dialogs.securityGroup.addLabel' : 'dialogs.securityGroup.removeLabel');

  let picker;
  if (mode === 'addSecurityGroup' && !networkKnown) {
    // No Network service in the catalog: the group can still be named by hand.
    picker = (
      <TextInput label={label} description={t('dialogs.securityGroup.noNetwork')} value={groupName ?? ''} onChange={(e) => setGroupName(e.currentTarget.value)} required />
    );
  } else if (needsList && groups.isError) {
    picker = <QueryErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />;
  } else if (needsList && groups.isPending) {
    picker = <LoadingBlock height={36} />;
  } else if (options.length === 0) {
    picker = (
      <Alert role="note" color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t(mode === 'addSecurityGroup' ? 'dialogs.securityGroup.noneToAdd' : 'dialogs.securityGroup.noneToRemove')}
      </Alert>
    );
  } else {
    picker = <Select label={label} data={options} value={groupName} onChange={setGroupName} searchable required allowDeselect={false} />;
  }

  const chosen = groupName?.trim() ?? '';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === '') return;
        mutation.mutate(
          { server, request: { action: mode, groupName: chosen } },
          {
            onSuccess: () => {
              const done = mode === 'addSecurityGroup' ? 'dialogs.securityGroup.added' : 'dialogs.securityGroup.removed';
              notifications.show({ color: 'teal', role: 'status', message: t(done, { group: chosen, name: server.name }) });
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <DialogSubject server={server} />
        <Text size="sm">{t(mode === 'addSecurityGroup' ? 'dialogs.securityGroup.addBody' : 'dialogs.securityGroup.removeBody')}</Text>
        {mode === 'removeSecurityGroup' && own.length === 1 && (
          <Alert role="note" color="yellow" variant="light">
            {t('dialogs.securityGroup.lastOne')}
          </Alert>
        )}
        {picker}
        <DialogError error={mutation.error} action={mode} />
        <DialogButtons
          onCancel={onClose}
          confirmLabel={t(`action.${mode}`)}
          loading={mutation.isPending}
          disabled={chosen === ''}
          failed={mutation.isError}
        />
      </Stack>
    </form>
  );
}
