import { Anchor, Badge, Box, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftQuotaUsage } from './draft-quota';
import { useChoices } from './use-choices';
import { useProblemText, useWizardState } from './wizard-context';
import { CHOICE_STEPS, type StepId } from './wizard-steps';
import type { WizardValues } from './wizard-values';
import classes from './wizard.module.css';

/** Beside every step: the choices so far and every problem left, each with a way to its step. */
export function WizardSummary({ values, current }: { values: WizardValues; current: StepId }) {
  const { t } = useTranslation('wizard');
  const { problems, shown, goTo } = useWizardState();
  const choices = useChoices(values);
  const text = useProblemText();
  const left = problems.length;

  return (
    <Paper withBorder p="md" className={classes.summary} component="aside" aria-labelledby="wizard-summary-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" id="wizard-summary-title">
            {t('summary.title')}
          </Title>
          {left === 0 ? (
            <Badge color="teal.9" variant="filled" leftSection={<IconCircleCheck size={12} aria-hidden />}>
              {t('summary.ready')}
            </Badge>
          ) : (
            <Badge color="gray" variant="outline">
              {t('summary.left', { count: left })}
            </Badge>
          )}
        </Group>
        {CHOICE_STEPS.map((step, index) => {
          const stepShown = shown.filter((p) => p.step === step);
          const lines = choices[step];
          return (
            <Fragment key={step}>
              {index > 0 && <Divider />}
              <Box>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={600}>
                    {t(`steps.${step}`)}
                  </Text>
                  {step !== current && (
                    <Anchor component="button" type="button" size="xs" onClick={() => goTo(step)} aria-label={t('summary.edit', { step: t(`steps.${step}`) })}>
                      {t('summary.editShort')}
                    </Anchor>
                  )}
                </Group>
                {lines.length === 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('choices.notChosen')}
                  </Text>
                ) : (
                  lines.map((line) => (
                    <Text key={line.label} size="xs" className={classes.choice}>
                      <Text span size="xs" c="dimmed">
                        {line.label}:
                      </Text>{' '}
                      {line.value}
                    </Text>
                  ))
                )}
                {stepShown.map((problem) => (
                  <Group key={`${problem.field}:${problem.code}`} gap={4} wrap="nowrap" align="flex-start" mt={2}>
                    <IconAlertTriangle size={14} className={classes.problemIcon} aria-hidden />
                    <Text size="xs" className={`${classes.choice} ${classes.problemText}`}>
                      {text(problem)}
                    </Text>
                  </Group>
                ))}
              </Box>
            </Fragment>
          );
        })}
        <Divider />
        <Box component="section" aria-labelledby="wizard-summary-quota">
          <Text size="sm" fw={600} id="wizard-summary-quota">
            {t('summary.quota')}
          </Text>
          <DraftQuotaUsage />
        </Box>
      </Stack>
    </Paper>
  );
}
