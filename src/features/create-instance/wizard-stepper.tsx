import { Stepper } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWizardState } from './wizard-context';
import { STEPS, stepIndex, type StepId } from './wizard-steps';

export function WizardStepper({ step, furthest }: { step: StepId; furthest: StepId }) {
  const { t } = useTranslation('wizard');
  const { shown, goTo } = useWizardState();
  const active = stepIndex(step);
  const reachable = stepIndex(furthest);
  const hasProblem = (id: StepId) => shown.some((p) => p.step === id);

  return (
    <nav aria-label={t('stepsLabel')}>
      <Stepper active={active} onStepClick={(index) => goTo(STEPS[index] ?? 'image')} size="sm" iconSize={28} wrap>
        {STEPS.map((id, index) => {
          const problem = hasProblem(id);
          return (
            <Stepper.Step
              key={id}
              label={t(`steps.${id}`)}
              aria-label={t(problem ? 'stepButtonProblem' : 'stepButton', { number: index + 1, total: STEPS.length, step: t(`steps.${id}`) })}
              allowStepSelect={index <= reachable && index !== active}
              aria-current={index === active ? 'step' : undefined}
              color={problem ? 'red' : undefined}
              completedIcon={problem ? <IconAlertTriangle size={16} aria-hidden /> : undefined}
              icon={problem && index !== active ? <IconAlertTriangle size={16} aria-hidden /> : undefined}
            />
          );
        })}
      </Stepper>
    </nav>
  );
}
