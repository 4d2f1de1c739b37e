import { Alert, Button, Group, Loader, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconKey, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { VisibleName } from '../../../lib/ui/visible-name';
import { useKeyPairDialogs } from '../key-pair-dialogs';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { StepFrame } from './step-frame';

type Dialog = 'create' | 'import' | null;

export function KeyPairStep() {
  const { t } = useTranslation('wizard');
  const { queries, facts } = useWizardState();
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'keyName' });
  const error = useFieldProblem('keyName');
  const [dialog, setDialog] = useState<Dialog>(null);
  const dialogs = useKeyPairDialogs();
  const keyPairs = queries.keyPairs.data;

  // The new key pair is chosen once the list has it, so it never shows as "no longer exists" in between.
  const choose = (name: string) => void queries.keyPairs.refetch().finally(() => field.onChange(name));

  return (
    <StepFrame step="keyPair">
      {facts.osType === 'windows' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('keyPair.windows')}
        </Alert>
      )}
      {dialogs && (
        <Group gap="sm">
          <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={() => setDialog('create')}>
            {t('keyPair.create')}
          </Button>
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setDialog('import')}>
            {t('keyPair.import')}
          </Button>
        </Group>
      )}
      {queries.keyPairs.isError ? (
        <QueryErrorAlert error={queries.keyPairs.error} onRetry={() => void queries.keyPairs.refetch()} title={t('keyPair.loadFailed')} />
      ) : !keyPairs ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <Radio.Group value={field.value} onChange={field.onChange} label={t('keyPair.label')} error={error} withAsterisk>
          {keyPairs.length === 0 && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('keyPair.none')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            {keyPairs.map((keyPair, index) => (
              <Radio.Card
                key={keyPair.name}
                value={keyPair.name}
                className={classes.radioCard}
                p="sm"
                ref={keyPair.name === field.value || (index === 0 && !keyPairs.some((k) => k.name === field.value)) ? field.ref : undefined}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} className={classes.choice}>
                      <VisibleName name={keyPair.name} />
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" className={classes.choice}>
                      {keyPair.public_key.split(' ')[0]} · {keyPair.fingerprint}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
      )}
      {dialogs && <dialogs.Create opened={dialog === 'create'} onClose={() => setDialog(null)} onCreated={choose} />}
      {dialogs && <dialogs.Import opened={dialog === 'import'} onClose={() => setDialog(null)} onCreated={choose} />}
    </StepFrame>
  );
}
