import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { renderApp } from '../test/render';
import { RouteBoundary } from './route-boundary';

const conflict = new ApiError({
  kind: 'http',
  status: 409,
  faultName: 'conflictingRequest',
  message: "Cannot 'stop' instance 1234 while it is in vm_state stopped",
  requestId: 'req-5e0c1f2a',
  service: 'compute',
  method: 'POST',
  path: '/servers/1234/action',
});

/** A page that throws `error` while `state.failing` is set (React renders a failing component more than once). */
function failingRoute(error: unknown) {
  const state = { failing: true };
  function Failing() {
    if (state.failing) throw error;
    return <h1>Loaded</h1>;
  }
  const routes = [
    {
      path: '/',
      element: (
        <RouteBoundary>
          <Failing />
        </RouteBoundary>
      ),
    },
    { path: '/instances', element: <h1>Home</h1> },
  ];
  return { routes, state };
}

describe('RouteBoundary', () => {
  // React and React Router log every caught render error; these are the point of the tests.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("shows an API error's server message, status, fault and request id", async () => {
    renderApp({ url: '/', routes: failingRoute(conflict).routes });
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByText('The server refused the request.')).toBeInTheDocument();
    expect(screen.getByText("Cannot 'stop' instance 1234 while it is in vm_state stopped")).toBeInTheDocument();
    expect(screen.getByText('HTTP 409 · Fault: conflictingRequest')).toBeInTheDocument();
    expect(screen.getByText('req-5e0c1f2a')).toBeInTheDocument();
  });

  it('describes a network failure in plain words', async () => {
    const offline = new ApiError({ kind: 'network', message: 'Failed to fetch', service: 'compute', method: 'GET', path: '/servers' });
    renderApp({ url: '/', routes: failingRoute(offline).routes });
    expect(await screen.findByText('The server could not be reached. Check your connection, then retry.')).toBeInTheDocument();
    expect(screen.queryByText('Failed to fetch')).not.toBeInTheDocument();
  });

  it('re-runs the route on Retry', async () => {
    const { routes, state } = failingRoute(new Error('render failed'));
    const { user } = renderApp({ url: '/', routes });
    expect(await screen.findByText('render failed')).toBeInTheDocument();
    state.failing = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Loaded' })).toBeInTheDocument();
  });

  it('gives the page another try when the user comes back to it', async () => {
    const { routes, state } = failingRoute(new Error('render failed'));
    const { router } = renderApp({ url: '/', routes });
    expect(await screen.findByText('render failed')).toBeInTheDocument();
    await act(() => router.navigate('/instances'));
    state.failing = false;
    await act(() => router.navigate('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Loaded' })).toBeInTheDocument();
  });

  it('offers a way home', async () => {
    const { user, router } = renderApp({ url: '/', routes: failingRoute(new Error('x')).routes });
    await user.click(await screen.findByRole('link', { name: 'Go to instances' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instances');
  });

  it('asks for a reload when a page chunk of an older deploy is gone', async () => {
    const stale = new TypeError('Failed to fetch dynamically imported module: /assets/flavors-page-abc.js');
    renderApp({ url: '/', routes: failingRoute(stale).routes });
    expect(await screen.findByText(/could not be downloaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
  });
});
