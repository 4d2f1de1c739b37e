import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STEPS, stepIndex, type StepId } from './wizard-steps';

interface WizardNavProps {
  step: StepId;
  onBack: () => void;
  onNext: () => void;
}

/** Back and Next under every step but the review (which has Create instead). */
export function WizardNav({ step, onBack, onNext }: WizardNavProps) {
  const { t } = useTranslation('wizard');
  const index = stepIndex(step);
  const next = STEPS[index + 1];
  return (
    <Group justify="space-between" mt="xl">
      <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} disabled={index === 0}>
        {t('nav.back')}
      </Button>
      {next && (
        <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={onNext}>
          {t('nav.next', { step: t(`steps.${next}`) })}
        </Button>
      )}
    </Group>
  );
}
