import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../lib/zod';
import { type MethodFormProps, requiredText, upstreamUrl, useSignInAttempt } from './form-rules';
import { ScopeSummary } from './scope-summary';
import { SignInErrorAlert } from './sign-in-error-alert';
import { signInWithV3 } from './sign-in';

/** Keystone v3 password sign-in (user, domain, project) for OpenStack clouds without v2.0. */
export function V3Form({ config, prefill, lockScope = false, onSignedIn, secondaryAction }: MethodFormProps) {
  const { t } = useTranslation('session');
  const schema = useMemo(
    () =>
      z.object({
        identityUrl: upstreamUrl(config, t, t('validation.identityUrl')),
        userName: requiredText(t('validation.v3User')),
        userDomain: requiredText(t('validation.domain')),
        password: z.string().check(z.minLength(1, t('validation.v3Password'))),
        project: requiredText(t('validation.project')),
        projectDomain: requiredText(t('validation.domain')),
        region: z.string().check(z.trim()),
      }),
    [config, t],
  );
  type Values = z.infer<typeof schema>;
  const given = prefill?.method === 'v3' ? prefill : null;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: {
      identityUrl: given?.identityUrl ?? config.identity.v3 ?? '',
      userName: given?.userName ?? '',
      userDomain: given?.userDomain ?? 'Default',
      password: '',
      project: given?.project ?? '',
      projectDomain: given?.projectDomain ?? 'Default',
      region: given?.region ?? '',
    },
  });
  const { pending, error, attempt } = useSignInAttempt(onSignedIn);
  const { errors } = form.formState;
  const field = (name: keyof Values) => ({ error: errors[name]?.message, disabled: pending, spellCheck: false, ...form.register(name) });

  const submit = form.handleSubmit((values) => attempt(() => signInWithV3(config, values)));

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {lockScope ? (
          <ScopeSummary region={given?.region ?? ''} tenantId={given?.tenantId ?? ''} />
        ) : (
          <TextInput label={t('fields.identityUrl')} description={t('fields.identityUrlHint')} withAsterisk type="url" {...field('identityUrl')} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput label={t('fields.v3User')} withAsterisk autoComplete="username" {...field('userName')} />
          <TextInput label={t('fields.userDomain')} withAsterisk {...field('userDomain')} />
        </SimpleGrid>
        <PasswordInput
          label={t('fields.v3Password')}
          withAsterisk
          autoComplete="current-password"
          error={errors.password?.message}
          disabled={pending}
          data-autofocus={lockScope || undefined}
          {...form.register('password')}
        />
        {!lockScope && (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput label={t('fields.project')} description={t('fields.projectHint')} withAsterisk {...field('project')} />
              <TextInput label={t('fields.projectDomain')} description={t('fields.projectDomainHint')} withAsterisk {...field('projectDomain')} />
            </SimpleGrid>
            <TextInput label={t('fields.regionFree')} description={t('fields.regionV3Hint')} {...field('region')} />
          </>
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
