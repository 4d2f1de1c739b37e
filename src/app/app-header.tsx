import { Burger, Button, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCloudComputing, IconLogin } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { productName } from '../lib/use-document-title';
import { ColorSchemeMenu } from './color-scheme-menu';
import { useDemoMode } from './demo-context';
import { LanguageMenu } from './language-menu';
import { LANDING_PATH } from './nav-items';
import { ModeBadge } from './mode-badge';
import { useSession } from './use-session';

// Demo mode only: live mode never downloads the simulated cloud's knobs. demo-bootstrap starts this download with
// the simulated cloud's, so it is there by the time the shell shows.
const DemoMenu = lazy(async () => ({ default: (await import('./demo-menu')).DemoMenu }));

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation(['shell', 'session']);
  const demo = useSession()?.mode === 'demo';
  const simulated = useDemoMode() !== null;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('nav.close') : t('nav.open')}
          aria-expanded={navOpened}
          aria-controls="app-navbar"
        />
        <UnstyledButton component={Link} to={LANDING_PATH} aria-label={productName}>
          <Group gap={8} wrap="nowrap">
            <ThemeIcon variant="filled" size="md" radius="sm" aria-hidden>
              <IconCloudComputing size={18} stroke={1.8} />
            </ThemeIcon>
            <Text fw={650} size="md" visibleFrom="xs">
              {productName}
            </Text>
          </Group>
        </UnstyledButton>
        <ModeBadge />
      </Group>
      <Group gap="xs" wrap="nowrap">
        {demo && (
          // The label hides on small screens; aria-label keeps the full name.
          <Button component={Link} to="/sign-in" variant="filled" px={10} aria-label={t('session:header.signIn')}>
            <Group gap={8} wrap="nowrap">
              <IconLogin size={18} stroke={1.6} aria-hidden />
              <Text span inherit visibleFrom="lg">
                {t('session:header.signIn')}
              </Text>
              <Text span inherit visibleFrom="sm" hiddenFrom="lg">
                {t('session:header.signInShort')}
              </Text>
            </Group>
          </Button>
        )}
        {simulated && (
          <Suspense fallback={null}>
            <DemoMenu />
          </Suspense>
        )}
        <LanguageMenu />
        <ColorSchemeMenu />
      </Group>
    </Group>
  );
}
