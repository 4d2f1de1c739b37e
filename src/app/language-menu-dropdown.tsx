import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { isLanguage, languages } from '../i18n/languages';
import type { WithTrigger } from '../lib/ui/lazy-popup';

/** The language menu itself, downloaded when first wanted (see language-menu.tsx). */
export function LanguageMenuDropdown({ trigger, current }: WithTrigger<{ current: string }>) {
  const { t } = useTranslation('shell');
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.title')}</Menu.Label>
        <Menu.RadioGroup
          value={current}
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
