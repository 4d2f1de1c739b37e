import { Button, Group, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/languages';
import { lazyPopup } from '../lib/ui/lazy-popup';

const LanguageMenuDropdown = lazyPopup(async () => (await import('./language-menu-dropdown')).LanguageMenuDropdown, 'menu');

/** English / 한국어, each named in its own language so it can be found whatever the current one. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation('shell');
  const current = languages.find((language) => language.code === i18n.resolvedLanguage) ?? languages[0];

  return (
    <LanguageMenuDropdown
      current={current.code}
      trigger={
        <Button variant="default" px={10} aria-label={t('language.label', { current: current.label })}>
          <Group gap={8} wrap="nowrap">
            <IconLanguage size={18} stroke={1.6} aria-hidden />
            <Text span inherit visibleFrom="xs">
              {current.label}
            </Text>
          </Group>
        </Button>
      }
    />
  );
}
