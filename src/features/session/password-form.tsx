import { zodResolver } from '@hookform/resolvers/zod';
import { Accordion, Button, Group, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../lib/zod';
import { type MethodFormProps, requiredText, useSignInAttempt } from './form-rules';
import { DEFAULT_REGION, NHN_REGIONS, TENANT_ID_PATTERN } from './regions';
import { ScopeSummary } from './scope-summary';
import { SignInErrorAlert } from './sign-in-error-alert';
import { signInWithPassword } from './sign-in';

/** NHN Cloud's own sign-in: region, tenant ID, user and API password (Keystone v2.0 at the server's identity URL). */
export function PasswordForm({ config, prefill, lockScope = false, onSignedIn, secondaryAction }: MethodFormProps) {
  const { t } = useTranslation('session');
  const schema = useMemo(
    () =>
      z.object({
        region: z.string().check(z.minLength(1, t('validation.region'))),
        tenantId: requiredText(t('validation.tenantId')).check(z.regex(TENANT_ID_PATTERN, t('validation.tenantIdFormat'))),
        userName: requiredText(t('validation.userName')),
        password: z.string().check(z.minLength(1, t('validation.password'))),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: {
      region: prefill?.method === 'password' ? prefill.region : DEFAULT_REGION,
      tenantId: prefill?.tenantId ?? '',
      userName: prefill?.userName ?? '',
      password: '',
    },
  });
  const { pending, error, attempt } = useSignInAttempt(onSignedIn);
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) =>
    attempt(() => signInWithPassword(config, { region: values.region, tenantId: values.tenantId.trim(), userName: values.userName.trim(), password: values.password })),
  );
  const regions = NHN_REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }));

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {lockScope ? (
          <ScopeSummary region={form.getValues('region')} tenantId={form.getValues('tenantId')} />
        ) : (
          <>
            <Controller
              control={form.control}
              name="region"
              render={({ field }) => (
                <Select
                  label={t('fields.region')}
                  description={t('fields.regionHint')}
                  data={regions}
                  allowDeselect={false}
                  withAsterisk
                  error={errors.region?.message}
                  disabled={pending}
                  {...field}
                  onChange={(value) => field.onChange(value ?? DEFAULT_REGION)}
                />
              )}
            />
            <TextInput
              label={t('fields.tenantId')}
              description={t('fields.tenantIdHint')}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              error={errors.tenantId?.message}
              disabled={pending}
              {...form.register('tenantId')}
            />
          </>
        )}
        <TextInput
          label={t('fields.userName')}
          description={t('fields.userNameHint')}
          withAsterisk
          autoComplete="username"
          spellCheck={false}
          error={errors.userName?.message}
          disabled={pending}
          {...form.register('userName')}
        />
        <PasswordInput
          label={t('fields.password')}
          description={t('fields.passwordHint')}
          withAsterisk
          autoComplete="current-password"
          error={errors.password?.message}
          disabled={pending}
          data-autofocus={lockScope || undefined}
          {...form.register('password')}
        />
        {!lockScope && (
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="help">
              <Accordion.Control>{t('help.title')}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Text size="sm">{t('help.tenant')}</Text>
                  <Text size="sm">{t('help.password')}</Text>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
        {error !== null && <SignInErrorAlert error={error} />}
        <Group justify="flex-end" gap="sm">
          {secondaryAction}
          <Button type="submit" loading={pending}>
            {t('signIn.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
