import { Button, Group, Popover, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { cloneElement, type MouseEventHandler, type ReactElement, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { WithTrigger } from '../../lib/ui/lazy-popup';
import { requestReauth } from './reauth-store';
import { SIGN_IN_PATH } from './restore-session';
import { signOut } from './sign-out';

export interface SessionMenuDropdownProps {
  /** Label and value; `true` as third: shown in monospace. */
  facts: Array<[string, string, boolean?]>;
}

/** The session menu's popover, downloaded when first wanted (see session-menu.tsx). */
export function SessionMenuDropdown({ trigger, facts }: WithTrigger<SessionMenuDropdownProps>) {
  const { t } = useTranslation('session');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const titleId = useId();

  const leave = () => {
    setOpened(false);
    signOut(queryClient);
    void navigate(SIGN_IN_PATH);
    notifications.show({ color: 'teal', message: t('menu.signedOut') });
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow shadow="md" width={340} trapFocus>
      <Popover.Target>
        {cloneElement(trigger as ReactElement<{ onClick?: MouseEventHandler }>, { onClick: () => setOpened((open) => !open) })}
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={titleId}>
        <Stack gap="sm">
          <Text fw={600} size="sm" id={titleId}>
            {t('menu.title')}
          </Text>
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6} style={{ gridTemplateColumns: 'auto 1fr' }}>
            {facts.map(([label, value, code]) => (
              <FactRow key={label} label={label} value={value} code={code} />
            ))}
          </SimpleGrid>
          <Group gap="xs" justify="flex-end">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => {
                setOpened(false);
                void requestReauth('manual');
              }}
            >
              {t('menu.signInAgain')}
            </Button>
            <Button size="xs" color="red.9" leftSection={<IconLogout size={14} aria-hidden />} onClick={leave}>
              {t('menu.signOut')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function FactRow({ label, value, code = false }: { label: string; value: string; code?: boolean }) {
  return (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={code ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </>
  );
}
