import { Tooltip } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** The Demo badge's explanation; its own chunk, so live mode never downloads Tooltip for it (see mode-badge.tsx). */
export function DemoHint({ children }: { children: ReactElement }) {
  const { t } = useTranslation('shell');
  return (
    <Tooltip label={t('mode.demoHint')} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      {children}
    </Tooltip>
  );
}
