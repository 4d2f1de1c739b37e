import { Badge } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SessionMenu } from '../features/session/session-menu';
import { useSession } from './use-session';

// Demo mode only: the badge shows at once and gains its explanation when the tooltip's code is here.
const DemoHint = lazy(async () => ({ default: (await import('./demo-hint')).DemoHint }));

/** Demo: a "Demo" badge explaining the simulated cloud. Live: the session menu (region, tenant, expiry, sign out). */
export function ModeBadge() {
  const { t } = useTranslation('shell');
  const session = useSession();
  if (!session) return null;

  if (session.mode === 'demo') {
    // Focusable so keyboard users reach the explanation too; the tooltip becomes its description.
    const badge = (
      <Badge color="yellow" variant="filled" radius="sm" tabIndex={0} role="note" aria-label={t('mode.demo')} style={{ flexShrink: 0 }}>
        {t('mode.demo')}
      </Badge>
    );
    return (
      <Suspense fallback={badge}>
        <DemoHint>{badge}</DemoHint>
      </Suspense>
    );
  }

  return <SessionMenu session={session} />;
}
