import { Button, Code, DataList, Drawer, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningAlert } from '../../lib/ui/warning-alert';
import { isNotFound } from '../../api/api-error';
import { formatDateTime, formatUtcOffset } from '../../lib/time';
import { TimeAgo } from '../../lib/time-ago';
import { CopyButton } from '../../lib/ui/copy-button';
import { QueryErrorAlert } from '../../lib/ui/query-error-alert';
import { VisibleName } from '../../lib/ui/visible-name';
import { keyAlgorithmOf } from './key-algorithm';
import { keyPairQueries } from './key-pair-queries';
import type { ServerRef } from '../instances/server-queries';
import { UsedBy } from './used-by';

export interface KeyPairDrawerProps {
  /** The key pair shown (from the URL); null keeps the drawer closed. */
  name: string | null;
  /** The instances using it; undefined while unknown. */
  usedBy: readonly ServerRef[] | undefined;
  onClose: () => void;
  onDelete: (name: string) => void;
}

/** Show Key Pair: everything the API tells about one key pair, the public key to copy, and Delete. */
export function KeyPairDrawer({ name, usedBy, onClose, onDelete }: KeyPairDrawerProps) {
  const { t } = useTranslation('keyPairs');
  return (
    <Drawer
      opened={name !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={600}>{t('drawer.title', { name: name ?? '' })}</Text>}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
    >
      {name !== null && <KeyPairDetails name={name} usedBy={usedBy} onDelete={() => onDelete(name)} />}
    </Drawer>
  );
}

function KeyPairDetails({ name, usedBy, onDelete }: { name: string; usedBy: readonly ServerRef[] | undefined; onDelete: () => void }) {
  const { t, i18n } = useTranslation(['keyPairs', 'common']);
  const detail = useQuery(keyPairQueries.detail(name));
  const language = i18n.resolvedLanguage ?? 'en';

  if (detail.isPending) {
    return (
      <Stack gap="sm" aria-busy>
        {[1, 2, 3, 4, 5].map((row) => (
          <Skeleton key={row} height={20} />
        ))}
      </Stack>
    );
  }
  if (detail.isError) {
    if (isNotFound(detail.error)) {
      return (
        <WarningAlert title={t('drawer.notFound', { name })}>
          {t('drawer.notFoundBody')}
        </WarningAlert>
      );
    }
    return <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  }

  const keyPair = detail.data;
  const created = keyPair.created_at;
  const exact = formatDateTime(created, language);
  const unknown = t('common:time.unknown');
  return (
    <Stack gap="lg">
      <DataList labelWidth={130} withDivider>
        <Field label={t('fields.name')}>
          <VisibleName name={keyPair.name} />
        </Field>
        <Field label={t('fields.fingerprint')}>
          <Code style={{ wordBreak: 'break-all' }}>{keyPair.fingerprint}</Code>
        </Field>
        <Field label={t('fields.algorithm')}>{keyAlgorithmOf(keyPair.public_key) ?? unknown}</Field>
        {keyPair.type && <Field label={t('fields.type')}>{keyPair.type}</Field>}
        <Field label={t('fields.id')}>{keyPair.id ?? unknown}</Field>
        <Field label={t('fields.userId')}>{keyPair.user_id ? <Code>{keyPair.user_id}</Code> : unknown}</Field>
        <Field label={t('fields.created')}>
          {exact ? (
            <Stack gap={0}>
              <Text size="sm">{t('common:time.exact', { time: exact, offset: formatUtcOffset(created) ?? '' })}</Text>
              <Text size="xs" c="dimmed">
                <TimeAgo value={created} />
              </Text>
            </Stack>
          ) : (
            unknown
          )}
        </Field>
        <Field label={t('fields.usedBy')}>{usedBy ? <UsedBy servers={usedBy} /> : unknown}</Field>
      </DataList>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600} id="key-pair-public-key">
            {t('fields.publicKey')}
          </Text>
          <CopyButton
            variant="button"
            size="xs"
            value={keyPair.public_key}
            label={t('copyPublicKey')}
            copiedLabel={t('copied')}
            failedLabel={t('copyFailed')}
          />
        </Group>
        <Code block aria-labelledby="key-pair-public-key" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {keyPair.public_key}
        </Code>
      </Stack>
      <Group>
        <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
          {t('actions.delete')}
        </Button>
      </Group>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
