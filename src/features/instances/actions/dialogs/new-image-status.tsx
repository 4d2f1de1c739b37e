import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hasService } from '../../../../api/session';
import { imageQueries } from '../../../images/image-queries';

const POLL_MS = 2_000;

/** The new snapshot's status as the Image API tells it (queued → saving → active), polled until it settles. */
export function NewImageStatus({ imageId }: { imageId: string }) {
  const { t } = useTranslation('instances');
  const query = useQuery({
    ...imageQueries.detail(imageId),
    staleTime: 0,
    refetchInterval: (q) => (q.state.data && ['active', 'killed', 'deleted'].includes(q.state.data.status) ? false : POLL_MS),
  });
  if (!hasService('image')) return null;
  const status = query.data?.status;
  return (
    <Group gap="xs" aria-live="polite">
      <Text size="sm">{t('dialogs.createImage.imageStatus')}</Text>
      {status ? (
        <Badge variant="filled" color={status === 'active' ? 'teal.9' : status === 'killed' ? 'red.9' : 'blue.8'} radius="sm">
          {status}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          {query.isError ? t('dialogs.createImage.statusUnknown') : t('dialogs.checking')}
        </Text>
      )}
    </Group>
  );
}
