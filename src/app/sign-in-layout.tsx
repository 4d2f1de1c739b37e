import { Box, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCloudComputing } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { productName } from '../lib/use-document-title';
import { ColorSchemeMenu } from './color-scheme-menu';
import { LanguageMenu } from './language-menu';
import { LANDING_PATH } from './nav-items';
import { PageLoader } from './page-loader';

/** The frame of /sign-in: no navigation (there may be no session), only the name, language and color scheme. */
export function SignInLayout() {
  return (
    <>
      <Box component="header" px="md" h={56} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <UnstyledButton component={Link} to={LANDING_PATH} aria-label={productName}>
            <Group gap={8} wrap="nowrap">
              <ThemeIcon variant="filled" size="md" radius="sm" aria-hidden>
                <IconCloudComputing size={18} stroke={1.8} />
              </ThemeIcon>
              <Text fw={650} size="md">
                {productName}
              </Text>
            </Group>
          </UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <LanguageMenu />
            <ColorSchemeMenu />
          </Group>
        </Group>
      </Box>
      <Box component="main" id="main-content">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Box>
    </>
  );
}
