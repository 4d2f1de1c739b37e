import { useWatch } from 'react-hook-form';
import { MAX_INSTANCE_COUNT } from '../../domain/create-rules';
import { QuotaUsage, QuotaWarning } from '../quotas/quota-widgets';
import type { QuotaAdds } from '../quotas/quota-queries';
import type { ChosenFlavor } from './wizard-facts';
import { useWizardState } from './wizard-context';
import type { WizardValues } from './wizard-values';

/** What the draft's instances take: the count, and count × the flavor's vCPUs and RAM once a flavor is chosen. */
export function draftQuotaAdds(count: unknown, flavor: Pick<ChosenFlavor, 'vcpus' | 'ram'> | null): QuotaAdds {
  const instances = typeof count === 'number' && Number.isInteger(count) && count >= 1 ? Math.min(count, MAX_INSTANCE_COUNT) : 1;
  return flavor ? { instances, cores: instances * flavor.vcpus, ram: instances * flavor.ram } : { instances };
}

function useDraftQuotaAdds(): QuotaAdds {
  const { facts } = useWizardState();
  const count = useWatch<WizardValues, 'count'>({ name: 'count' });
  return draftQuotaAdds(count, facts.flavor);
}

/** The summary's lines: what the new instances add against what is left. */
export function DraftQuotaUsage() {
  return <QuotaUsage adds={useDraftQuotaAdds()} />;
}

/** On the Flavor, Details and Review steps: a quota the draft would exceed. It never blocks Next or Create. */
export function DraftQuotaWarning() {
  return <QuotaWarning adds={useDraftQuotaAdds()} />;
}
