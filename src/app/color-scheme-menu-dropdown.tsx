import { type MantineColorScheme, Menu, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WithTrigger } from '../lib/ui/lazy-popup';
import { colorSchemeIcons, colorSchemes } from './color-scheme-menu';

/** The color scheme menu itself, downloaded when first wanted (see color-scheme-menu.tsx). */
export function ColorSchemeMenuDropdown({ trigger }: WithTrigger<object>) {
  const { t } = useTranslation('shell');
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('colorScheme.title')}</Menu.Label>
        <Menu.RadioGroup value={colorScheme} onChange={(value) => setColorScheme(value as MantineColorScheme)}>
          {colorSchemes.map((scheme) => {
            const Icon = colorSchemeIcons[scheme];
            return (
              <Menu.RadioItem key={scheme} value={scheme} closeMenuOnClick rightSection={<Icon size={16} stroke={1.6} aria-hidden />}>
                {t(`colorScheme.${scheme}`)}
              </Menu.RadioItem>
            );
          })}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
