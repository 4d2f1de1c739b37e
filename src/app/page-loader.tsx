import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown in the main area while a page's code is downloaded. */
export function PageLoader() {
  const { t } = useTranslation('common');
  return (
    <Center py="xl" role="status" aria-label={t('loading')}>
      <Loader size="sm" />
    </Center>
  );
}
