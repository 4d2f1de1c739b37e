import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { CatalogError } from '../../api/catalog';
import { ErrorDetails } from '../../lib/ui/error-details';
import { EndpointNotAllowedError } from './sign-in';

export interface SignInErrorText {
  title: string;
  /** Our explanation, when we know more than the server said. */
  body?: string;
  hint?: string;
  /** Shown with ErrorDetails: the server's own message, status and request id. */
  details?: unknown;
}

/** What went wrong, in the user's words: a refused password, an unknown tenant, a region without compute, no route. */
export function describeSignInError(error: unknown, t: TFunction<'session'>, usingToken = false): SignInErrorText {
  if (error instanceof EndpointNotAllowedError) {
    return { title: t('errors.notAllowedTitle'), body: t('errors.endpointNotAllowed', { service: t(`services.${error.service}`), origin: error.origin }) };
  }
  if (error instanceof CatalogError) {
    const regions = error.availableRegions.join(', ');
    if (error.region === '') return { title: t('errors.noComputeTitle'), body: t('errors.chooseRegion', { regions }) };
    const more = regions === '' ? t('errors.noComputeAtAll') : t('errors.noComputeRegions', { regions });
    return { title: t('errors.noComputeTitle'), body: `${t('errors.noCompute', { region: error.region })} ${more}` };
  }
  if (isApiError(error)) {
    if (error.kind === 'network') return { title: t('errors.unreachableTitle'), body: t('errors.serverUnreachable') };
    if (error.kind === 'timeout') return { title: t('errors.unreachableTitle'), details: error };
    if (error.status === 401) {
      return usingToken
        ? { title: t('errors.tokenRefusedTitle'), hint: t('errors.tokenRefusedHint'), details: error }
        : { title: t('errors.refusedTitle'), hint: t('errors.refusedHint'), details: error };
    }
    // The proxy's own refusals and gateway failures carry its message ("Could not reach …: ECONNREFUSED.").
    if (error.status === 403 && error.message.includes('PROXY_ALLOWED_HOSTS')) return { title: t('errors.notAllowedTitle'), details: error };
    if (error.status === 502 || error.status === 503 || error.status === 504) return { title: t('errors.unreachableTitle'), details: error };
  }
  return { title: t('errors.failedTitle'), details: error };
}

export function SignInErrorAlert({ error, usingToken = false }: { error: unknown; usingToken?: boolean }) {
  const { t } = useTranslation('session');
  const { title, body, hint, details } = describeSignInError(error, t, usingToken);
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap={6}>
        {body && <Text size="sm">{body}</Text>}
        {details !== undefined && <ErrorDetails error={details} />}
        {hint && <Text size="sm">{hint}</Text>}
      </Stack>
    </Alert>
  );
}
