import { Box } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPage } from './error-page';

interface State {
  error: unknown;
  failed: boolean;
}

/** Catches what the routes' own boundaries cannot: the session gate, providers' children, the router itself. */
export class RootErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Console crashed', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <AppCrashed error={this.state.error} /> : this.props.children;
  }
}

function AppCrashed({ error }: { error: unknown }) {
  const { t } = useTranslation(['errors', 'common']);
  return (
    <Box component="main" p="xl">
      <ErrorPage
        title={t('app.title')}
        body={t('app.body')}
        error={error}
        onRetry={() => window.location.reload()}
        retryLabel={t('common:actions.reload')}
      />
    </Box>
  );
}
