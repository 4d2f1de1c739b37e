import { Button } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { isChunkLoadError } from '../lib/ui/describe-error';
import { ErrorPage } from './error-page';

/** What a route shows when its page failed: never a white page, always Retry (render the route again) and a way home. */
export function RouteErrorPage({ error }: { error: unknown }) {
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
    // Navigating to the same URL is a new location: the route's boundary clears and renders the page again.
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
