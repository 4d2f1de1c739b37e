import { ActionIcon, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The icon button that refetches a page's data, spinning while it does. */
export function RefreshButton({ onRefresh, refreshing }: { onRefresh: () => void; refreshing: boolean }) {
  const { t } = useTranslation('common');
  return (
    <Tooltip label={t('actions.refresh')} withArrow>
      <ActionIcon variant="default" size="lg" aria-label={t('actions.refresh')} onClick={onRefresh} loading={refreshing}>
        <IconRefresh size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
