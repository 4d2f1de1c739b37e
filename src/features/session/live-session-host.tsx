import { useEffect } from 'react';
import { setUnauthorizedHandler } from '../../api/unauthorized';
import { ExpiryWarning } from './expiry-warning';
import { ReauthDialog } from './reauth-dialog';
import { handleUnauthorized } from './reauth-store';

/** Live mode's session services, mounted once beside the router: the 401 handler, the dialog, the expiry warning. */
export function LiveSessionHost() {
  useEffect(() => setUnauthorizedHandler(handleUnauthorized), []);
  return (
    <>
      <ReauthDialog />
      <ExpiryWarning />
    </>
  );
}
