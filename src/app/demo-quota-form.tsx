import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimQuota } from '../mocks/controls';

type Field = keyof SimQuota;
const FIELDS: readonly Field[] = ['instances', 'cores', 'ram', 'keypairs'];
const MB_PER_GB = 1024;

// RAM is asked in GB (Nova counts it in MB); -1 is unlimited in both.
const shown = (field: Field, value: number) => (field === 'ram' && value > 0 ? value / MB_PER_GB : value);
const stored = (field: Field, value: number) => (field === 'ram' && value > 0 ? Math.round(value * MB_PER_GB) : value);

/** The simulated cloud's quota per resource, as GET /limits reports it and create, resize and unshelve enforce it. */
export function DemoQuotaForm({ quota, onSave, onCancel }: { quota: SimQuota; onSave: (quota: SimQuota) => void; onCancel: () => void }) {
  const { t } = useTranslation(['shell', 'common']);
  const [values, setValues] = useState<Record<Field, number | string>>(() => {
    const entries = FIELDS.map((field) => [field, shown(field, quota[field])] as const);
    return Object.fromEntries(entries) as Record<Field, number>;
  });
  const problem = (value: number | string) => (typeof value !== 'number' || !Number.isInteger(value) || value < -1 ? t('demo.quotaInvalid') : null);
  const problems = FIELDS.map((field) => problem(values[field]));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (problems.some(Boolean)) return;
        onSave(Object.fromEntries(FIELDS.map((field) => [field, stored(field, Number(values[field]))])) as unknown as SimQuota);
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('demo.quotaIntro')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {FIELDS.map((field, index) => (
            <NumberInput
              key={field}
              label={t(`demo.quotaField.${field}`)}
              value={values[field]}
              onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
              min={-1}
              allowDecimal={false}
              error={problems[index] ?? undefined}
              required
              data-autofocus={index === 0 ? true : undefined}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit">{t('demo.quotaSave')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
