import type { ComponentType, ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { SIGN_IN_PATH } from '../features/session/restore-session';
import { useSessionIntent } from '../features/session/session-intent';
import { loadNamespaces } from '../i18n/i18n';
import type { Namespace } from '../i18n/resources';
import { AppLayout } from './app-layout';
import { LANDING_PATH } from './nav-items';
import { NotFoundPage } from './not-found-page';
import { PageLoader } from './page-loader';
import { RouteErrorBoundary } from './route-error-boundary';
import { SignInLayout } from './sign-in-layout';
import { useSession } from './use-session';

/**
 * A lazily loaded page (its own chunk) with its own error boundary, rendered inside the shell. Its strings beyond the
 * core namespaces load alongside its code, so the page never renders with keys for text.
 */
function page(path: string, load: () => Promise<ComponentType>, namespaces: readonly Namespace[] = []): RouteObject {
  return {
    path,
    lazy: async () => {
      const [Component] = await Promise.all([load(), loadNamespaces(namespaces)]);
      return { Component };
    },
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <PageLoader />,
  };
}

/** After a sign-out (or an expired live session) the console waits on /sign-in instead of starting the demo. */
function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const { intent } = useSessionIntent();
  return session === null && intent === 'sign-in' ? <Navigate to={SIGN_IN_PATH} replace /> : children;
}

/** The wizard, with the key pairs feature's dialogs handed in: the app is where features are put together. */
async function loadCreateInstancePage(): Promise<ComponentType> {
  const [{ CreateInstancePage }, { CreateKeyPairDialog }, { ImportKeyPairDialog }] = await Promise.all([
    import('../features/create-instance/create-instance-page'),
    import('../features/key-pairs/create-key-pair-dialog'),
    import('../features/key-pairs/import-key-pair-dialog'),
  ]);
  const dialogs = { Create: CreateKeyPairDialog, Import: ImportKeyPairDialog };
  return function CreateInstanceRoute() {
    return <CreateInstancePage keyPairDialogs={dialogs} />;
  };
}

export const routes: RouteObject[] = [
  {
    id: 'root',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    // Only when the shell itself fails; a page's error renders inside the shell through its own boundary.
    errorElement: <RouteErrorBoundary />,
    children: [
      { index: true, element: <Navigate to={LANDING_PATH} replace /> },
      page('overview', async () => (await import('../features/overview/overview-page')).OverviewPage, ['overview', 'flavors']),
      page('instances', async () => (await import('../features/instances/instances-page')).InstancesPage),
      page('instances/new', loadCreateInstancePage, ['wizard', 'keyPairs']),
      page('instances/:serverId', async () => (await import('../features/instances/instance-detail-page')).InstanceDetailPage),
      page('key-pairs', async () => (await import('../features/key-pairs/key-pairs-page')).KeyPairsPage, ['keyPairs']),
      page('flavors', async () => (await import('../features/flavors/flavors-page')).FlavorsPage, ['flavors']),
      page('zones', async () => (await import('../features/zones/zones-page')).ZonesPage, ['zones']),
      { path: '*', element: <NotFoundPage />, errorElement: <RouteErrorBoundary /> },
    ],
  },
  {
    // Outside the shell: there may be no session to show a console for.
    path: SIGN_IN_PATH,
    element: <SignInLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/session/sign-in-page')).SignInPage }),
        errorElement: <RouteErrorBoundary />,
        hydrateFallbackElement: <PageLoader />,
      },
    ],
  },
];
