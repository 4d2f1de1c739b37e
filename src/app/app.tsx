import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { AppProviders } from './providers';
import { RootErrorBoundary } from './root-error-boundary';
import type { AppRouter } from './router';
import { SessionGate } from './session-gate';

export function App({ queryClient, router }: { queryClient: QueryClient; router: AppRouter }) {
  return (
    <AppProviders queryClient={queryClient}>
      <RootErrorBoundary>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </RootErrorBoundary>
    </AppProviders>
  );
}
