import { Button, Group, Text } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPopup } from '../lib/ui/lazy-popup';
import { type DemoMode, useDemoMode } from './demo-context';

const DemoMenuDropdown = lazyPopup<{ demo: DemoMode }>(async () => (await import('./demo-menu-dropdown')).DemoMenuDropdown, 'menu');

/** The simulated cloud's knobs; rendered only in demo mode. */
export function DemoMenu() {
  const { t } = useTranslation('shell');
  const demo = useDemoMode();
  if (!demo) return null;
  return (
    <DemoMenuDropdown
      demo={demo}
      trigger={
        // The label hides on small screens; aria-label keeps the name.
        <Button variant="default" px={10} aria-label={t('demo.menu')}>
          <Group gap={8} wrap="nowrap">
            <IconAdjustmentsHorizontal size={18} stroke={1.6} aria-hidden />
            <Text span inherit visibleFrom="md">
              {t('demo.menu')}
            </Text>
          </Group>
        </Button>
      }
    />
  );
}
