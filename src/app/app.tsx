import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Routes } from 'react-router-dom';
import { AppProviders } from './providers';
import { RootErrorBoundary } from './root-error-boundary';
import { appRoutes } from './routes';
import { SessionGate } from './session-gate';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      <RootErrorBoundary>
        <SessionGate>
          <BrowserRouter>
            <Routes>{appRoutes}</Routes>
          </BrowserRouter>
        </SessionGate>
      </RootErrorBoundary>
    </AppProviders>
  );
}
