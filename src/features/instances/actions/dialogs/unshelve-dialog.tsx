import { useQuery } from '@tanstack/react-query';
import type { Server } from '../../../../api/schemas/server';
import { flavorQueries } from '../../../flavors/flavor-queries';
import { QuotaUsage, QuotaWarning } from '../../../quotas/quota-widgets';
import { serverFlavorSize, unshelveQuotaAdds } from '../action-quota';
import { ConfirmActionDialog } from './confirm-action-dialog';

/** Start a terminated (offloaded) instance: its flavor counts against the quota again, so the check comes first. */
export function UnshelveDialog({ server, onClose }: { server: Server; onClose: () => void }) {
  const flavors = useQuery(flavorQueries.detail());
  const size = serverFlavorSize(server, flavors.data);
  const adds = size ? unshelveQuotaAdds(server, size) : null;
  return (
    <ConfirmActionDialog server={server} action="unshelve" onClose={onClose}>
      {adds && (
        <>
          <QuotaUsage adds={adds} />
          <QuotaWarning adds={adds} />
        </>
      )}
    </ConfirmActionDialog>
  );
}
