import { Alert, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldProblem } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** Without an image service in the token's catalog: the image by id, and the OS it runs so the rules still apply. */
export function ManualImage() {
  const { t } = useTranslation('wizard');
  const { control, register } = useFormContext<WizardValues>();
  const error = useFieldProblem('imageId');
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('image.manual.title')}>
        {t('image.manual.body')}
      </Alert>
      <TextInput {...register('imageId')} label={t('image.manual.id')} description={t('image.manual.idHint')} error={error} withAsterisk autoComplete="off" spellCheck={false} />
      <Controller
        control={control}
        name="manualOsType"
        render={({ field }) => (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="manual-os-label">
              {t('image.manual.os')}
            </Text>
            <SegmentedControl
              value={field.value}
              onChange={field.onChange}
              aria-labelledby="manual-os-label"
              data={[
                { value: 'linux', label: t('os.linux') },
                { value: 'windows', label: t('os.windows') },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('image.manual.osHint')}
            </Text>
          </Stack>
        )}
      />
    </Stack>
  );
}
