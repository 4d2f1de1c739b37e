import { Text, Textarea } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_USER_DATA_BYTES, userDataEncodedBytes } from '../../../domain/create-rules';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';

/** The script runs at first boot; the counter shows the size that counts, after base64. */
export function UserDataField() {
  const { t, i18n } = useTranslation('wizard');
  const { control, register } = useFormContext<WizardValues>();
  const { facts } = useWizardState();
  const text = useWatch({ control, name: 'userData' });
  const error = useFieldProblem('userData');
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const encoded = userDataEncodedBytes(text);
  const counter = t('details.userDataCounter', { bytes: number(encoded), max: number(MAX_USER_DATA_BYTES), raw: number(new TextEncoder().encode(text).length) });
  return (
    <div>
      <Textarea
        {...register('userData')}
        label={t('details.userData')}
        description={t(facts.osType === 'windows' ? 'details.userDataHintWindows' : 'details.userDataHintLinux')}
        error={error}
        autosize
        minRows={4}
        maxRows={16}
        classNames={{ input: classes.monospace }}
        spellCheck={false}
      />
      <Text id="user-data-counter" size="xs" c="dimmed" ta="right" mt={4}>
        {counter}
      </Text>
    </div>
  );
}
