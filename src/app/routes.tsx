import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorBoundary } from './route-error-boundary';

/** A lazily loaded page (its own chunk) with its own error boundary, rendered inside the shell. */
function page(path: string, load: () => Promise<ComponentType>): RouteObject {
  return {
    path,
    lazy: async () => ({ Component: await load() }),
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoader />,
  };
}

export const routes: RouteObject[] = [
  {
    id: 'root',
    element: <AppLayout />,
    // Only when the shell itself fails; a page's error renders inside the shell through its own boundary.
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <Navigate to="/instances" replace /> },
      page('instances', async () => (await import('../features/instances/instances-page')).InstancesPage),
      page('instances/new', async () => (await import('../features/create-instance/create-instance-page')).CreateInstancePage),
      page('instances/:serverId', async () => (await import('../features/instances/instance-detail-page')).InstanceDetailPage),
      page('key-pairs', async () => (await import('../features/key-pairs/key-pairs-page')).KeyPairsPage),
      page('flavors', async () => (await import('../features/flavors/flavors-page')).FlavorsPage),
      page('zones', async () => (await import('../features/zones/zones-page')).ZonesPage),
      { path: '*', element: <NotFoundPage />, errorElement: <RouteErrorBoundary /> },
    ],
  },
];
