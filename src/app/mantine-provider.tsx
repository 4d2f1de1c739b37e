import { MantineProvider, type MantineProviderProps, mergeThemeOverrides } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/**
 * MantineProvider with the console's theme, plus the accessible names Mantine leaves empty (the close buttons of
 * every modal, drawer and notification) in the current language.
 */
export function ConsoleMantineProvider(props: Omit<MantineProviderProps, 'theme' | 'cssVariablesResolver'>) {
  const { t } = useTranslation('common');
  const close = t('actions.close');
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        // Plain objects, not Modal.extend(...): naming the components would put Drawer and Modal in the first page.
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return <MantineProvider {...props} theme={localized} cssVariablesResolver={cssVariablesResolver} />;
}
