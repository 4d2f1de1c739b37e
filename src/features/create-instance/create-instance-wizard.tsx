import { Grid, Paper, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useRef } from 'react';
import { FormProvider, get, useForm, useWatch } from 'react-hook-form';
import { blockingProblems, draftProblems, isShown } from './draft-problems';
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
import { wizardFacts } from './wizard-facts';
import { WizardNav } from './wizard-nav';
import { STEPS, stepIndex, type StepId } from './wizard-steps';
import { WizardStepper } from './wizard-stepper';
import { WizardSummary } from './wizard-summary';
import type { WizardValues } from './wizard-values';
import classes from './wizard.module.css';

export interface CreateInstanceWizardProps {
  initialValues: WizardValues;
  initialFurthest: StepId;
}

/**
 * The form's values as a new object per change. react-hook-form changes its own value object in place, and the
 * memos below, the invalidation notices and the autosave need to tell one change from the next.
 */
const snapshot = (all: WizardValues): WizardValues => structuredClone(all);

/**
 * One react-hook-form form across every step, without a resolver: the rules (draft-problems.ts) judge it against
 * the lists the cloud gave, once per change, and Next and Create gate on what they find.
 */
export function CreateInstanceWizard({ initialValues, initialFurthest }: CreateInstanceWizardProps) {
  const { catalog, queries } = useWizardCatalog();
  const form = useForm<WizardValues>({ defaultValues: initialValues });
  const values = useWatch({ control: form.control, compute: snapshot });
  const facts = useMemo(() => wizardFacts(values, catalog), [values, catalog]);
  const problems = useMemo(() => draftProblems(values, catalog, facts), [values, catalog, facts]);
  const body = useMemo(() => (problems.length === 0 ? requestBodyOf(values, catalog) : null), [problems, values, catalog]);
  // Reading them here subscribes the wizard to react-hook-form's own submitted and touched state.
  const { isSubmitted, touchedFields } = form.formState;
  const shown = problems.filter((problem) => isShown(problem, { isSubmitted, isTouched: (field) => get(touchedFields, field) === true }));

  const { step, furthest, goTo } = useStepNavigation(initialFurthest);
  const { notices, dismiss } = useInvalidations(values, problems);
  const autosave = useDraftAutosave(values, furthest);
  const create = useCreateInstance();
  const count = typeof values.count === 'number' && values.count >= 1 ? values.count : 1;
  const sameName = useSameNameServers(values.name, count);
  useAfterCreate(create.outcome, { name: values.name, count }, autosave.stop);

  const state: WizardState = { catalog, queries, facts, problems, shown, goTo };
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

  const next = () => {
    const blocking = blockingProblems(problems, step);
    const [first] = blocking;
    if (!first) return goTo(STEPS[index + 1] ?? 'review');
    // Touched, the step's missing choices show (isShown); the first problem's field takes the focus.
    for (const { field } of blocking) form.setValue(field, form.getValues(field), { shouldTouch: true });
    form.setFocus(first.field);
  };

  const send = () => {
    if (body) void create.submit(body, new Set((sameName.data ?? []).map((server) => server.id)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // React passes a submit up through portals: a dialog's own form (import a key pair) is not this form's Next.
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    // Enter in a field means Next until the review; only the review's button creates.
    if (step !== 'review') return next();
    // Submitted, the form shows every problem left; a draft with any is not sent, its list of them takes the focus.
    void form.handleSubmit(() => (problems.length === 0 ? send() : document.getElementById('review-problems')?.focus()))(event);
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
                  {step !== 'review' && <WizardNav step={step} onBack={() => goTo(STEPS[index - 1] ?? 'image')} onNext={next} />}
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
