import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SessionMenu } from '../features/session/session-menu';
import { LazyTooltip } from '../lib/ui/lazy-tooltip';
import { useSession } from './use-session';

/** Demo: a "Demo" badge explaining the simulated cloud. Live: the session menu (region, tenant, expiry, sign out). */
export function ModeBadge() {
  const { t } = useTranslation('shell');
  const session = useSession();
  if (!session) return null;

  if (session.mode === 'demo') {
    // Focusable so keyboard users reach the explanation too; the tooltip (its code fetched when first pointed at or
    // focused) becomes its description.
    return (
      <LazyTooltip label={t('mode.demoHint')} multiline w={300} withArrow>
        <Badge color="yellow" variant="filled" radius="sm" tabIndex={0} role="note" aria-label={t('mode.demo')} style={{ flexShrink: 0 }}>
          {t('mode.demo')}
        </Badge>
      </LazyTooltip>
    );
  }

  return <SessionMenu session={session} />;
}
