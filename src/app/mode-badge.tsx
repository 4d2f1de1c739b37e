import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SessionMenu } from '../features/session/session-menu';
import { useSession } from './use-session';

/** Demo: a "Demo" badge explaining the simulated cloud. Live: the session menu (region, tenant, expiry, sign out). */
export function ModeBadge() {
  const { t } = useTranslation('shell');
  const session = useSession();
  if (!session) return null;

  if (session.mode === 'demo') {
    return (
      <Tooltip label={t('mode.demoHint')} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
        {/* Focusable so keyboard users reach the explanation too; the tooltip becomes its description. */}
        <Badge color="yellow" variant="filled" radius="sm" tabIndex={0} role="note" aria-label={t('mode.demo')} style={{ flexShrink: 0 }}>
          {t('mode.demo')}
        </Badge>
      </Tooltip>
    );
  }

  return <SessionMenu session={session} />;
}
