import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../lib/ui/error-details';
import type { CreateOutcome } from '../use-create-instance';
import { useWizardState } from '../wizard-context';

interface SubmitOutcomeProps {
  outcome: CreateOutcome;
  onRetry: () => void;
  onCheckAgain: () => void;
}

/** What became of Create: refused (with the server's words and the step concerned), or an answer that got lost. */
export function SubmitOutcome({ outcome, onRetry, onCheckAgain }: SubmitOutcomeProps) {
  const { t } = useTranslation('wizard');
  const { goTo } = useWizardState();
  switch (outcome.kind) {
    case 'checking':
      return (
        <Alert role="status" color="orange" variant="light" icon={<Loader size={16} />} title={t('submit.lostTitle')}>
          {t('submit.checking')}
        </Alert>
      );
    case 'found':
      return (
        <Alert role="status" color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('submit.foundTitle')}>
          {t('submit.found', { names: outcome.servers.map((s) => s.name).join(', ') })}
        </Alert>
      );
    case 'not-created':
      return (
        <Alert role="alert" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('submit.lostTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('submit.notCreated')}</Text>
            <ErrorDetails error={outcome.error} />
            <Button size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
              {t('submit.retry')}
            </Button>
          </Stack>
        </Alert>
      );
    case 'unknown':
      return (
        <Alert role="alert" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('submit.lostTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('submit.unknown')}</Text>
            <ErrorDetails error={outcome.checkError} />
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={onCheckAgain}>
                {t('submit.checkAgain')}
              </Button>
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('submit.sendAnyway')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    case 'failed':
      return (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('submit.failedTitle')}>
          <Stack gap="xs" align="flex-start">
            <ErrorDetails error={outcome.error} />
            {outcome.step && outcome.step !== 'review' && (
              <Text size="sm">
                {t('submit.concerns', { step: t(`steps.${outcome.step}`) })}{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => outcome.step && goTo(outcome.step)}>
                  {t('submit.goToStep', { step: t(`steps.${outcome.step}`) })}
                </Anchor>
              </Text>
            )}
            <Text size="sm">{t('submit.kept')}</Text>
          </Stack>
        </Alert>
      );
    default:
      return null;
  }
}
