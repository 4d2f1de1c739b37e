import { Checkbox, Fieldset, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useWizardState } from '../wizard-context';
import { useNicsField } from './use-nics-field';

/** Ports of the project that no server uses: a NIC may be one of them (`{"port": id}`), with its own address. */
export function FreePorts() {
  const { t } = useTranslation('wizard');
  const { catalog, queries } = useWizardState();
  const nics = useNicsField();
  const ports = catalog.freePorts;
  if (ports === 'unavailable') return null;
  return (
    <Fieldset legend={t('network.ports')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('network.portsIntro')}
        </Text>
        {queries.ports.isError ? (
          <QueryErrorAlert error={queries.ports.error} onRetry={() => void queries.ports.refetch()} title={t('network.portsLoadFailed')} />
        ) : ports === null ? (
          <Loader size="sm" aria-label={t('loading')} />
        ) : ports.length === 0 ? (
          <Text size="sm">{t('network.noFreePorts')}</Text>
        ) : (
          ports.map((port) => {
            const ip = port.fixed_ips[0]?.ip_address;
            const name = port.name || port.id;
            return (
              <Checkbox
                key={port.id}
                label={ip ? t('network.portChoiceIp', { port: name, ip }) : name}
                checked={nics.has('port', port.id)}
                onChange={(event) => nics.toggle('port', port.id, event.currentTarget.checked)}
              />
            );
          })
        )}
      </Stack>
    </Fieldset>
  );
}
