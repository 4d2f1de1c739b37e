import { lazy, Suspense, useEffect, useState } from 'react';
import { setUnauthorizedHandler } from '../../api/unauthorized';
import { ExpiryWarning } from './expiry-warning';
import { handleUnauthorized, useReauthRequest } from './reauth-store';

// The sign-in forms (react-hook-form, their own inputs) are not part of the first page: they load on the first request.
const ReauthDialog = lazy(async () => ({ default: (await import('./reauth-dialog')).ReauthDialog }));

/** Live mode's session services, mounted once beside the router: the 401 handler, the dialog, the expiry warning. */
export function LiveSessionHost() {
  useEffect(() => setUnauthorizedHandler(handleUnauthorized), []);
  const requested = useReauthRequest() !== null;
  // Once loaded, the dialog stays mounted, so it closes with its transition like any other modal.
  const [needed, setNeeded] = useState(requested);
  if (requested && !needed) setNeeded(true);
  return (
    <>
      <Suspense fallback={null}>{needed && <ReauthDialog />}</Suspense>
      <ExpiryWarning />
    </>
  );
}
