import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The re-sign-in dialog's fixed region and tenant, where the page's form has inputs. */
export function ScopeSummary({ region, tenantId }: { region: string; tenantId: string }) {
  const { t } = useTranslation('session');
  return (
    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
      {t('reauth.scope', { region, tenant: tenantId })}
    </Text>
  );
}
