import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../wizard-steps';

/**
 * A step's heading and one sentence on what it decides (`intro` when it depends on the cloud); the heading takes
 * focus when the step opens.
 */
export function StepFrame({ step, intro, children }: { step: StepId; intro?: string; children: ReactNode }) {
  const { t } = useTranslation('wizard');
  return (
    <Stack gap="md" component="section" aria-labelledby={`step-${step}-title`}>
      <div>
        <Title order={2} size="h3" id={`step-${step}-title`} tabIndex={-1} data-step-heading>
          {t(`steps.${step}`)}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {intro ?? t(`intro.${step}`)}
        </Text>
      </div>
      {children}
    </Stack>
  );
}
