import { Grid, Paper, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { draftProblems } from './draft-problems';
import { InvalidationAlert } from './invalidation-alert';
import { requestBodyOf } from './request-body';
import { StepContent } from './step-content';
import { SubmitOutcome } from './steps/submit-outcome';
import { useAfterCreate } from './use-after-create';
import { useCreateInstance } from './use-create-instance';
import { useDraftAutosave } from './use-draft-autosave';
import { useInvalidations } from './use-invalidations';
import { useSameNameServers } from './use-same-name-servers';
import { useStepNavigation } from './use-step-navigation';
import { useWizardCatalog } from './use-wizard-catalog';
import { type WizardState, WizardStateContext } from './wizard-context';
import { type WizardCatalog, wizardFacts } from './wizard-facts';
import { WizardNav } from './wizard-nav';
import { wizardResolver } from './wizard-resolver';
import { STEP_FIELDS, STEPS, stepIndex, type StepId } from './wizard-steps';
import { WizardStepper } from './wizard-stepper';
import { WizardSummary } from './wizard-summary';
import { type WizardValues, wizardValuesSchema } from './wizard-values';
import classes from './wizard.module.css';

export interface CreateInstanceWizardProps {
  initialValues: WizardValues;
  initialFurthest: StepId;
}

function snapshot(key: string, current: () => WizardValues): WizardValues {
  const parsed = wizardValuesSchema.safeParse(JSON.parse(key));
  return parsed.success ? parsed.data : current();
}

/** One react-hook-form form across every step; the rules judge it against the lists the cloud gave. */
export function CreateInstanceWizard({ initialValues, initialFurthest }: CreateInstanceWizardProps) {
  const { catalog, queries } = useWizardCatalog();
  const form = useForm<WizardValues, WizardCatalog>({ defaultValues: initialValues, resolver: wizardResolver, context: catalog, mode: 'onChange' });
  // One immutable snapshot per change (the form's own value object is mutated in place), so that the previous
  // values can be compared with the new ones (invalidations) and memos run once per change.
  const key = useWatch({ control: form.control, compute: (all: WizardValues) => JSON.stringify(all) });
  const values = useMemo(() => snapshot(key, form.getValues), [key, form.getValues]);
  const facts = useMemo(() => wizardFacts(values, catalog), [values, catalog]);
  const problems = useMemo(() => draftProblems(values, catalog, facts), [values, catalog, facts]);
  const body = useMemo(() => requestBodyOf(values, catalog), [values, catalog]);

  const { step, furthest, goTo } = useStepNavigation(initialFurthest);
  const [attempted, setAttempted] = useState<ReadonlySet<StepId>>(new Set());
  const { notices, dismiss } = useInvalidations(values, problems);
  const autosave = useDraftAutosave(values, furthest);
  const create = useCreateInstance();
  const count = typeof values.count === 'number' && values.count >= 1 ? values.count : 1;
  const sameName = useSameNameServers(values.name, count);
  useAfterCreate(create.outcome, { name: values.name, count }, autosave.stop);

  const state: WizardState = { catalog, queries, facts, problems, attempted, goTo };
  const index = stepIndex(step);

  // A new step's heading takes the focus, so keyboard and screen reader users start at its top.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(`step-${step}-title`)?.focus();
  }, [step]);

  const next = async () => {
    setAttempted((current) => new Set(current).add(step));
    if (await form.trigger(STEP_FIELDS[step], { shouldFocus: true })) goTo(STEPS[index + 1] ?? 'review');
  };

  const send = () => {
    if (body) void create.submit(body, new Set((sameName.data ?? []).map((server) => server.id)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Enter in a field means Next until the review; only the review's button creates.
    if (step !== 'review') return void next();
    setAttempted(new Set(STEPS));
    void form.handleSubmit(send, () => document.getElementById('review-problems')?.focus())(event);
  };

  const failedHere = create.outcome.kind === 'failed' && create.outcome.step === step && step !== 'review';

  return (
    <FormProvider {...form}>
      <WizardStateContext.Provider value={state}>
        <form onSubmit={onSubmit} noValidate className={classes.wizard}>
          <Stack gap="lg">
            <WizardStepper step={step} furthest={furthest} />
            <InvalidationAlert notices={notices} onDismiss={dismiss} />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Paper withBorder p="lg">
                  {failedHere && <SubmitOutcome outcome={create.outcome} onRetry={send} onCheckAgain={() => void create.checkAgain()} />}
                  <StepContent
                    step={step}
                    values={values}
                    body={body}
                    outcome={create.outcome}
                    onBack={() => goTo(STEPS[index - 1] ?? 'image')}
                    onRetry={send}
                    onCheckAgain={() => void create.checkAgain()}
                  />
                  {step !== 'review' && <WizardNav step={step} onBack={() => goTo(STEPS[index - 1] ?? 'image')} onNext={() => void next()} />}
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <WizardSummary values={values} current={step} />
              </Grid.Col>
            </Grid>
          </Stack>
        </form>
      </WizardStateContext.Provider>
    </FormProvider>
  );
}
