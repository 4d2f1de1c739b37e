import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Invalidation } from './invalidations';
import { useProblemText, useWizardState } from './wizard-context';

interface InvalidationAlertProps {
  notices: Invalidation[];
  onDismiss: (id: number) => void;
}

/** "Changing the image affected earlier choices": each broken choice, why, and a way to the step that fixes it. */
export function InvalidationAlert({ notices, onDismiss }: InvalidationAlertProps) {
  const { t } = useTranslation('wizard');
  const { goTo } = useWizardState();
  const text = useProblemText();
  if (notices.length === 0) return null;
  return (
    <Stack gap="sm">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          role="status"
          color="orange"
          variant="light"
          icon={<IconArrowsExchange aria-hidden />}
          title={t('invalidation.title', { step: t(`steps.${notice.cause}`) })}
          withCloseButton
          closeButtonLabel={t('invalidation.dismiss')}
          onClose={() => onDismiss(notice.id)}
        >
          <Text size="sm" mb="xs">
            {t('invalidation.body')}
          </Text>
          <List size="sm" spacing={4}>
            {notice.conflicts.map((conflict) => (
              <List.Item key={`${conflict.field}:${conflict.code}`}>
                <Text span size="sm" fw={600}>
                  {t(`steps.${conflict.step}`)}:
                </Text>{' '}
                {text(conflict)}{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => goTo(conflict.step)}>
                  {t('invalidation.fix', { step: t(`steps.${conflict.step}`) })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ))}
    </Stack>
  );
}
