import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Button, Group, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../../lib/zod';
import { type MethodFormProps, requiredText, upstreamUrl, useSignInAttempt } from './form-rules';
import { NHN_REGIONS } from './regions';
import { ScopeSummary } from './scope-summary';
import { SignInErrorAlert } from './sign-in-error-alert';
import { signInWithToken } from './sign-in';

const OPTIONAL_SERVICES = [
  ['image', 'fields.imageUrl'],
  ['network', 'fields.networkUrl'],
  ['volume', 'fields.volumeUrl'],
] as const;

/** A token the user already has: its catalog from the identity service, or endpoint URLs typed by hand. */
export function TokenForm({ config, prefill, lockScope = false, onSignedIn, secondaryAction }: MethodFormProps) {
  const { t } = useTranslation('session');
  const schema = useMemo(
    () =>
      z
        .object({
          token: requiredText(t('validation.token')),
          tenantId: requiredText(t('validation.tenantId')),
          region: z.string().check(z.trim()),
          source: z.enum(['catalog', 'urls']),
          compute: z.string(),
          image: upstreamUrl(config, t, false),
          network: upstreamUrl(config, t, false),
          volume: upstreamUrl(config, t, false),
        })
        .check(
          z.superRefine((values, ctx) => {
            if (values.region === '') ctx.addIssue({ code: 'custom', path: ['region'], message: t('validation.regionName') });
            if (values.source !== 'urls') return;
            const compute = upstreamUrl(config, t, t('validation.computeUrl')).safeParse(values.compute);
            if (!compute.success) ctx.addIssue({ code: 'custom', path: ['compute'], message: compute.error.issues[0]?.message ?? '' });
          }),
        ),
    [config, t],
  );
  type Values = z.infer<typeof schema>;
  const given = prefill?.method === 'token' ? prefill : null;
  // Without an identity service the token cannot be exchanged for its catalog: typed URLs only.
  const catalogAvailable = config.identity.v2 !== null;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: {
      token: '',
      tenantId: prefill?.tenantId ?? '',
      region: prefill?.region ?? '',
      source: given?.endpoints || !catalogAvailable ? 'urls' : 'catalog',
      compute: given?.endpoints?.compute ?? '',
      image: given?.endpoints?.image ?? '',
      network: given?.endpoints?.network ?? '',
      volume: given?.endpoints?.volume ?? '',
    },
  });
  const source = useWatch({ control: form.control, name: 'source' });
  const { pending, error, attempt } = useSignInAttempt(onSignedIn);
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
    const endpoints =
      values.source === 'urls'
        ? { compute: values.compute.trim(), image: optional(values.image), network: optional(values.network), volume: optional(values.volume) }
        : undefined;
    return attempt(() => signInWithToken(config, { token: values.token.trim(), tenantId: values.tenantId.trim(), region: values.region, endpoints }));
  });

  return (
    <form method="post" onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <PasswordInput
          label={t('fields.token')}
          description={t('fields.tokenHint')}
          withAsterisk
          autoComplete="off"
          error={errors.token?.message}
          disabled={pending}
          data-autofocus={lockScope || undefined}
          {...form.register('token')}
        />
        {lockScope ? (
          <ScopeSummary region={form.getValues('region')} tenantId={form.getValues('tenantId')} />
        ) : (
          <>
            <TextInput label={t('fields.tenantId')} withAsterisk autoComplete="off" spellCheck={false} error={errors.tenantId?.message} disabled={pending} {...form.register('tenantId')} />
            <Controller
              control={form.control}
              name="source"
              render={({ field }) => (
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="token-endpoint-source">
                    {t('fields.endpointSource')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="token-endpoint-source"
                    data={[
                      { value: 'catalog', label: t('fields.fromCatalog'), disabled: !catalogAvailable },
                      { value: 'urls', label: t('fields.fromUrls') },
                    ]}
                    disabled={pending}
                    {...field}
                  />
                  {!catalogAvailable && (
                    <Text size="xs" c="dimmed">
                      {t('fields.fromCatalogUnavailable')}
                    </Text>
                  )}
                </Stack>
              )}
            />
            <Controller
              control={form.control}
              name="region"
              render={({ field }) => (
                <Autocomplete
                  label={t('fields.regionFree')}
                  description={source === 'catalog' ? t('fields.fromCatalogHint') : t('fields.regionFreeHint')}
                  data={[...NHN_REGIONS]}
                  withAsterisk
                  autoComplete="off"
                  error={errors.region?.message}
                  disabled={pending}
                  {...field}
                />
              )}
            />
            {source === 'urls' && (
              <>
                <TextInput
                  label={t('fields.computeUrl')}
                  description={t('fields.computeUrlHint')}
                  withAsterisk
                  type="url"
                  spellCheck={false}
                  error={errors.compute?.message}
                  disabled={pending}
                  {...form.register('compute')}
                />
                {OPTIONAL_SERVICES.map(([name, label]) => (
                  <TextInput
                    key={name}
                    label={t(label)}
                    description={t('fields.optional')}
                    type="url"
                    spellCheck={false}
                    error={errors[name]?.message}
                    disabled={pending}
                    {...form.register(name)}
                  />
                ))}
              </>
            )}
          </>
        )}
        {error !== null && <SignInErrorAlert error={error} usingToken />}
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
