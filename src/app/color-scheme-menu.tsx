import { ActionIcon, type MantineColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPopup } from '../lib/ui/lazy-popup';

export const colorSchemeIcons = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop } as const;
export const colorSchemes: MantineColorScheme[] = ['light', 'dark', 'auto'];

const ColorSchemeMenuDropdown = lazyPopup(async () => (await import('./color-scheme-menu-dropdown')).ColorSchemeMenuDropdown, 'menu');

/** Light, dark or the system's choice (the default). */
export function ColorSchemeMenu() {
  const { t } = useTranslation('shell');
  const { colorScheme } = useMantineColorScheme();
  const CurrentIcon = colorSchemeIcons[colorScheme];
  return (
    <ColorSchemeMenuDropdown
      trigger={
        <ActionIcon variant="default" size="lg" aria-label={t('colorScheme.label', { current: t(`colorScheme.${colorScheme}`) })}>
          <CurrentIcon size={18} stroke={1.6} aria-hidden />
        </ActionIcon>
      }
    />
  );
}
