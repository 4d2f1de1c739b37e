import { type ComponentType, lazy, type LazyExoticComponent, type ReactElement, type ReactNode, Suspense } from 'react';
import { matchPath, Navigate, Route } from 'react-router-dom';
import { SIGN_IN_PATH } from '../features/session/restore-session';
import { useSessionIntent } from '../features/session/session-intent';
import { loadNamespaces } from '../i18n/i18n';
import type { Namespace } from '../i18n/resources';
// Not lazy: the instance list is the page operators come for and the one most sessions open, so its code travels in the
// app's first file instead of a second wave of a few dozen small files; every other page pays ~20-30 kB for it once.
import { InstancesPage } from '../features/instances/instances-page';
import { AppLayout } from './app-layout';
import { LANDING_PATH } from './nav-items';
import { NotFoundPage } from './not-found-page';
import { PageLoader } from './page-loader';
import { onDemand } from '../lib/ui/on-demand';
import { RouteBoundary } from './route-boundary';
import { SignInLayout } from './sign-in-layout';
import { useSession } from './use-session';

interface LazyPage extends LazyExoticComponent<ComponentType> {
  /** Starts fetching the page's code (not its strings: those need i18n running); once, however often called. */
  preload: () => Promise<ComponentType>;
}

/**
 * A lazily loaded page (its own chunk). Its strings beyond the core namespaces load alongside its code, so the page
 * never renders with keys for text.
 */
function lazyPage(load: () => Promise<ComponentType>, namespaces: readonly Namespace[] = []): LazyPage {
  // Once, and a failed download is forgotten: a preload lost to a dropped connection does not fail the page later.
  const preload = onDemand(load).load;
  const page = lazy(async () => {
    const [Component] = await Promise.all([preload(), loadNamespaces(namespaces)]);
    return { default: Component };
  });
  return Object.assign(page, { preload });
}

/**
 * A page inside its route: its own error boundary (a failing page renders inside the shell) and a loader while its
 * chunk arrives. Keyed: another page is another boundary, so it shows its loader instead of keeping the last page.
 */
function pageElement(key: string, Page: ComponentType): ReactElement {
  return (
    <RouteBoundary key={key}>
      <Suspense fallback={<PageLoader />}>
        <Page />
      </Suspense>
    </RouteBoundary>
  );
}

function page(path: string, Page: ComponentType): ReactElement {
  return <Route key={path} path={path} element={pageElement(path, Page)} />;
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

const OverviewPage = lazyPage(async () => (await import('../features/overview/overview-page')).OverviewPage, ['overview', 'flavors']);
const CreateInstancePage = lazyPage(loadCreateInstancePage, ['wizard', 'keyPairs']);
const InstanceDetailPage = lazyPage(async () => (await import('../features/instances/instance-detail-page')).InstanceDetailPage, ['instanceDetail']);
const KeyPairsPage = lazyPage(async () => (await import('../features/key-pairs/key-pairs-page')).KeyPairsPage, ['keyPairs']);
const FlavorsPage = lazyPage(async () => (await import('../features/flavors/flavors-page')).FlavorsPage, ['flavors']);
const ZonesPage = lazyPage(async () => (await import('../features/zones/zones-page')).ZonesPage, ['zones']);
const SignInPage = lazyPage(async () => (await import('../features/session/sign-in-page')).SignInPage);

// The pages by path, most specific first (instances/new before instances/:serverId).
const pagePaths: [string, LazyPage][] = [
  ['/overview', OverviewPage],
  ['/instances/new', CreateInstancePage],
  ['/instances/:serverId', InstanceDetailPage],
  ['/key-pairs', KeyPairsPage],
  ['/flavors', FlavorsPage],
  ['/zones', ZonesPage],
  [SIGN_IN_PATH, SignInPage],
];

/**
 * Starts fetching the code of the page at `pathname` while the app is still starting (its strings, the first
 * render): the page's chunk then arrives alongside them instead of after them.
 */
export function preloadPageAt(pathname: string): void {
  void pagePaths.find(([path]) => matchPath(path, pathname))?.[1].preload().catch(() => undefined);
}

/**
 * The console's routes, as elements: the app renders them with the router's declarative `<Routes>` (the smallest mode
 * it needs: no loaders, no actions), tests turn them into a memory router with `createRoutesFromElements`.
 */
export const appRoutes: ReactElement = (
  <>
    <Route
      element={
        // Only when the shell itself fails; a page's error renders inside the shell through its own boundary.
        <RouteBoundary>
          <RequireSession>
            <AppLayout />
          </RequireSession>
        </RouteBoundary>
      }
    >
      <Route index element={<Navigate to={LANDING_PATH} replace />} />
      {page('overview', OverviewPage)}
      {page('instances', InstancesPage)}
      {page('instances/new', CreateInstancePage)}
      {page('instances/:serverId', InstanceDetailPage)}
      {page('key-pairs', KeyPairsPage)}
      {page('flavors', FlavorsPage)}
      {page('zones', ZonesPage)}
      {page('*', NotFoundPage)}
    </Route>
    {/* Outside the shell: there may be no session to show a console for. */}
    <Route
      path={SIGN_IN_PATH}
      element={
        <RouteBoundary>
          <SignInLayout />
        </RouteBoundary>
      }
    >
      <Route index element={pageElement('sign-in', SignInPage)} />
    </Route>
  </>
);
