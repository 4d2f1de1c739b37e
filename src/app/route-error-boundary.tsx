import { Button } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { isChunkLoadError } from '../lib/ui/describe-error';
import { ErrorPage } from './error-page';

/** The errorElement of every route: never a white page, always Retry (re-run the route) and a way home. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation(['errors', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryErrors = useQueryErrorResetBoundary();
  // A chunk of an older deploy is gone for good: only a reload fetches the new one.
  const staleChunk = isChunkLoadError(error);

  const retry = () => {
    if (staleChunk) {
      window.location.reload();
      return;
    }
    queryErrors.reset();
    // Navigating to the same URL re-runs the route's loaders and, being a new location, clears the error
    // boundary (a revalidation without loaders can finish in one render and leave the error showing).
    void navigate(location, { replace: true });
  };

  return (
    <ErrorPage
      title={t('route.title')}
      body={t('route.body')}
      error={error}
      onRetry={retry}
      retryLabel={staleChunk ? t('common:actions.reload') : undefined}
      extraAction={
        <Button component={Link} to="/instances" variant="default">
          {t('common:actions.goHome')}
        </Button>
      }
    />
  );
}
