import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconRocket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ServerCreateBody } from '../../../api/schemas/server-create';
import type { CreateOutcome } from '../use-create-instance';
import { DraftQuotaWarning } from '../draft-quota';
import { useChoices } from '../use-choices';
import { useProblemText, useWizardState } from '../wizard-context';
import { CHOICE_STEPS } from '../wizard-steps';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { RequestPreview } from './request-preview';
import { SameNameWarning } from './same-name-warning';
import { StepFrame } from './step-frame';
import { SubmitOutcome } from './submit-outcome';

interface ReviewStepProps {
  values: WizardValues;
  body: ServerCreateBody | null;
  outcome: CreateOutcome;
  onBack: () => void;
  onRetry: () => void;
  onCheckAgain: () => void;
}

function ProblemList() {
  const { t } = useTranslation('wizard');
  const { problems, goTo } = useWizardState();
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('review.problems', { count: problems.length })} id="review-problems" tabIndex={-1}>
      <List size="sm" spacing={4}>
        {problems.map((problem) => (
          <List.Item key={`${problem.field}:${problem.code}`}>
            <Text span size="sm" fw={600}>
              {t(`steps.${problem.step}`)}:
            </Text>{' '}
            {text(problem)}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => goTo(problem.step)}>
              {t('invalidation.fix', { step: t(`steps.${problem.step}`) })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function ReviewStep({ values, body, outcome, onBack, onRetry, onCheckAgain }: ReviewStepProps) {
  const { t } = useTranslation('wizard');
  const { goTo } = useWizardState();
  const choices = useChoices(values);
  const count = typeof values.count === 'number' ? values.count : 1;
  const busy = outcome.kind === 'sending' || outcome.kind === 'checking' || outcome.kind === 'found' || outcome.kind === 'created';

  return (
    <StepFrame step="review">
      <ProblemList />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {CHOICE_STEPS.map((step) => (
          <Paper key={step} withBorder p="sm" component="section" aria-labelledby={`review-${step}`}>
            <Group justify="space-between" wrap="nowrap" mb={4}>
              <Title order={3} size="h6" id={`review-${step}`}>
                {t(`steps.${step}`)}
              </Title>
              <Anchor component="button" type="button" size="xs" onClick={() => goTo(step)} aria-label={t('summary.edit', { step: t(`steps.${step}`) })}>
                {t('summary.editShort')}
              </Anchor>
            </Group>
            {choices[step].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('choices.notChosen')}
              </Text>
            ) : (
              choices[step].map((line) => (
                <Text key={line.label} size="sm" className={classes.choice}>
                  <Text span size="sm" c="dimmed">
                    {line.label}:
                  </Text>{' '}
                  {line.value}
                </Text>
              ))
            )}
          </Paper>
        ))}
      </SimpleGrid>
      <SameNameWarning name={values.name} count={count} />
      <DraftQuotaWarning />
      <RequestPreview body={body} />
      <SubmitOutcome outcome={outcome} onRetry={onRetry} onCheckAgain={onCheckAgain} />
      <Group justify="space-between" mt="md">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
          {t('nav.back')}
        </Button>
        <Button type="submit" leftSection={<IconRocket size={16} aria-hidden />} loading={busy}>
          {count > 1 ? t('review.createMany', { count }) : t('review.createOne')}
        </Button>
      </Group>
    </StepFrame>
  );
}
