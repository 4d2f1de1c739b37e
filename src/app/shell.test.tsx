import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../api/session';
import { i18n } from '../i18n/i18n';
import { renderApp } from '../test/render';

afterEach(() => localStorage.clear());

const demoSession = {
  mode: 'demo' as const,
  token: 't',
  tenantId: '6cdebe3eb0094910bc41f1d42ebe4cb7',
  region: 'KR1',
  profile: 'nhn' as const,
  endpoints: { compute: 'http://localhost/sim/compute/v2/6cdebe3eb0094910bc41f1d42ebe4cb7' },
  expiresAt: null,
};

describe('the console shell', () => {
  it('sends / to the overview, first in the navigation, and marks it as the current page', async () => {
    const { router } = renderApp({ url: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/overview');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Overview', 'Instances', 'Key pairs', 'Flavors', 'Availability zones']);
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Instances' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe('Overview · Instance Console'));
  });

  it('keeps the deep links to the instance list working', async () => {
    const { router } = renderApp({ url: '/instances?status=SHUTOFF' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Instances' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instances');
    expect(router.state.location.search).toBe('?status=SHUTOFF');
  });

  it.each([
    ['Key pairs', '/key-pairs'],
    ['Flavors', '/flavors'],
    ['Availability zones', '/zones'],
  ])('navigates to %s', async (name, path) => {
    const { user, router } = renderApp({ url: '/instances' });
    await screen.findByRole('heading', { level: 1, name: 'Instances' });
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name }));
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
    expect(screen.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Instances' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(document.title).toBe(`${name} · Instance Console`));
  });

  it('keeps the instance list highlighted on an instance page', async () => {
    renderApp({ url: '/instances/abc-123' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Instance abc-123' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Instances' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page with a way back for unknown URLs', async () => {
    const { user, router } = renderApp({ url: '/no/such/page' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to instances' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Instances' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instances');
  });

  it('offers a skip link to the main content', async () => {
    const { user } = renderApp({ url: '/flavors' });
    await screen.findByRole('heading', { level: 1, name: 'Flavors' });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('switches the whole UI to Korean', async () => {
    const { user } = renderApp({ url: '/flavors' });
    await screen.findByRole('heading', { level: 1, name: 'Flavors' });
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: '한국어' }));
    expect(await screen.findByRole('heading', { level: 1, name: '인스턴스 타입' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '키 페어' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '언어: 한국어' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
    await waitFor(() => expect(document.title).toBe('인스턴스 타입 · Instance Console'));
    await i18n.changeLanguage('en');
  });

  it('shows the Demo badge and Sign in in demo mode, the session menu in live mode', async () => {
    sessionStore.set(demoSession);
    renderApp({ url: '/instances' });
    expect(await screen.findByText('Demo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to NHN Cloud' })).toHaveAttribute('href', '/sign-in');

    sessionStore.set({ ...demoSession, mode: 'live', region: 'KR2' });
    expect(await screen.findByRole('button', { name: 'Session: region KR2, tenant 6cdebe3e, expiry unknown, NHN Cloud' })).toBeInTheDocument();
    expect(screen.queryByText('Demo')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in to NHN Cloud' })).not.toBeInTheDocument();
  });
});
