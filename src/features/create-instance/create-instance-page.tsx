import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconInfoCircle, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../lib/time';
import { useDocumentTitle } from '../../lib/use-document-title';
import { CreateInstanceWizard } from './create-instance-wizard';
import { clearDraft, loadDraft } from './draft-storage';
import { type KeyPairDialogs, KeyPairDialogsContext } from './key-pair-dialogs';
import { PrefillLoader } from './prefill-loader';
import { STEPS, type StepId } from './wizard-steps';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

type Origin = { kind: 'restored'; savedAt: number } | { kind: 'server'; name: string } | { kind: 'flavor' } | null;

interface Seed {
  values: WizardValues;
  furthest: StepId;
  origin: Origin;
  /** A new version mounts a fresh form (Start over). */
  version: number;
}

/** The draft of this tab, else an empty one; `?flavor=` (from the Flavors page) preselects a flavor. */
function initialSeed(flavorId: string | null): Seed {
  const draft = loadDraft();
  const values = { ...(draft?.values ?? EMPTY_VALUES), ...(flavorId ? { flavorId } : {}) };
  const origin: Origin = flavorId ? { kind: 'flavor' } : draft ? { kind: 'restored', savedAt: draft.savedAt } : null;
  return { values, furthest: draft?.furthest ?? STEPS[0], origin, version: 0 };
}

export interface CreateInstancePageProps {
  /** The key pair dialogs offered on the Key pair step (see key-pair-dialogs.ts). */
  keyPairDialogs?: KeyPairDialogs;
}

export function CreateInstancePage({ keyPairDialogs }: CreateInstancePageProps) {
  const { t, i18n } = useTranslation(['wizard', 'common']);
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const [seed, setSeed] = useState<Seed | null>(() => (from ? null : initialSeed(params.get('flavor'))));

  // `from` and `flavor` are one-time instructions: once applied, a reload must keep the user's edits.
  const dropInstructions = useCallback(
    () =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.delete('from');
          copy.delete('flavor');
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  useEffect(() => {
    if (seed && (params.has('flavor') || params.has('from'))) dropInstructions();
  }, [seed, params, dropInstructions]);

  const onPrefilled = useCallback((values: WizardValues, name: string) => setSeed({ values, furthest: 'review', origin: { kind: 'server', name }, version: 0 }), []);

  const startOver = () =>
    modals.openConfirmModal({
      title: t('draft.startOverTitle'),
      children: t('draft.startOverBody'),
      labels: { confirm: t('draft.confirmStartOver'), cancel: t('common:actions.cancel') },
      onConfirm: () => {
        clearDraft();
        setSeed((current) => ({ values: EMPTY_VALUES, furthest: STEPS[0], origin: null, version: (current?.version ?? 0) + 1 }));
        setParams({ step: STEPS[0] });
      },
    });

  const origin = seed?.origin;
  return (
    <KeyPairDialogsContext.Provider value={keyPairDialogs ?? null}>
      <Stack gap="lg">
        <Group justify="space-between" align="center">
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          {seed && (
            <Button variant="default" size="xs" leftSection={<IconRestore size={14} aria-hidden />} onClick={startOver}>
              {t('draft.startOver')}
            </Button>
          )}
        </Group>
        {origin && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {origin.kind === 'restored' && t('draft.restored', { time: formatDateTime(new Date(origin.savedAt).toISOString(), i18n.language) ?? '' })}
            {origin.kind === 'server' && t('draft.fromServer', { name: origin.name })}
            {origin.kind === 'flavor' && t('draft.fromFlavor')}
          </Alert>
        )}
        {seed ? (
          <CreateInstanceWizard key={seed.version} initialValues={seed.values} initialFurthest={seed.furthest} />
        ) : (
          from && <PrefillLoader serverId={from} onReady={onPrefilled} onSkip={() => setSeed(initialSeed(null))} />
        )}
      </Stack>
    </KeyPairDialogsContext.Provider>
  );
}
