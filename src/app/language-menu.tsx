import { Button, Group, Menu, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { isLanguage, languages } from '../i18n/languages';

/** English / 한국어, each named in its own language so it can be found whatever the current one. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation('shell');
  const current = languages.find((language) => language.code === i18n.resolvedLanguage) ?? languages[0];

  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <Button
          variant="default"
          px={10}
          aria-label={t('language.label', { current: current.label })}
        >
          <Group gap={8} wrap="nowrap">
            <IconLanguage size={18} stroke={1.6} aria-hidden />
            <Text span inherit visibleFrom="xs">
              {current.label}
            </Text>
          </Group>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.title')}</Menu.Label>
        <Menu.RadioGroup
          value={current.code}
          onChange={(value) => {
            if (isLanguage(value)) void changeLanguage(value);
          }}
        >
          {languages.map((language) => (
            <Menu.RadioItem key={language.code} value={language.code} lang={language.code} closeMenuOnClick>
              {language.label}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
