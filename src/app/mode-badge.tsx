import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from './use-session';

/** Demo: a "Demo" badge explaining the simulated cloud. Live: the region and tenant every call goes to. */
export function ModeBadge() {
  const { t } = useTranslation('shell');
  const session = useSession();
  if (!session) return null;

  if (session.mode === 'demo') {
    return (
      <Tooltip label={t('mode.demoHint')} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
        {/* Focusable so keyboard users reach the explanation too; the tooltip becomes its description. */}
        <Badge color="yellow" variant="filled" radius="sm" tabIndex={0} style={{ flexShrink: 0 }}>
          {t('mode.demo')}
        </Badge>
      </Tooltip>
    );
  }

  const { region, tenantId } = session;
  return (
    <Tooltip label={t('mode.liveHint', { region, tenant: tenantId })} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Group gap={6} tabIndex={0} wrap="nowrap">
        <Badge color="indigo" variant="filled" radius="sm">
          {t('mode.region', { region })}
        </Badge>
        <Badge color="gray" variant="outline" radius="sm" visibleFrom="sm">
          {t('mode.tenant', { tenant: tenantId.slice(0, 8) })}
        </Badge>
      </Group>
    </Tooltip>
  );
}
