import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import classes from './app-layout.module.css';
import { PageLoader } from './page-loader';
import { SkippedRecordsNotice } from './skipped-records-notice';

const mainId = 'main-content';

/** The console's frame: header, navigation and the page of the current route. */
export function AppLayout() {
  const { t } = useTranslation('shell');
  const [navOpened, nav] = useDisclosure(false);

  return (
    <>
      <a
        className={classes.skipLink}
        href={`#${mainId}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(mainId)?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar id="app-navbar" aria-label={t('nav.label')}>
          <AppNavbar onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id={mainId} tabIndex={-1} className={classes.main}>
          <SkippedRecordsNotice />
          {/* A page whose strings are not loaded yet (the route normally loads them first) waits here, in the shell. */}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
