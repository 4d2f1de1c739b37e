import { Alert, Loader, Radio, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ruleApplies } from '../../../domain/cloud-profile';
import { minRamQuery, WINDOWS_MIN_RAM_MB } from '../../../domain/create-rules';
import { isGpu } from '../../../domain/flavor-family';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { flavorQueries } from '../../flavors/flavor-queries';
import { formatRam } from '../../../lib/format-ram';
import { DraftQuotaWarning } from '../draft-quota';
import { useFieldProblem, useWizardState } from '../wizard-context';
import type { WizardValues } from '../wizard-values';
import { FlavorTable } from './flavor-table';
import { StepFrame } from './step-frame';

/**
 * For a Windows image the API itself is asked which flavors have enough RAM, one MB below the need (minRamQuery), so
 * that a flavor of exactly the need is returned whether the cloud reads minRam as "greater than" or "at least".
 */
function useWindowsFlavorIds(minRamMb: number | null): Set<string> | null {
  const query = useQuery({ ...flavorQueries.detail({ minRam: minRamQuery(minRamMb ?? 0) }), enabled: minRamMb !== null });
  return minRamMb !== null && query.data ? new Set(query.data.map((flavor) => flavor.id)) : null;
}

export function FlavorStep() {
  const { t } = useTranslation('wizard');
  const { queries, facts } = useWizardState();
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'flavorId' });
  const error = useFieldProblem('flavorId');
  // Windows' 2 GB and the GPU images are NHN Cloud's rules.
  const windows = facts.image?.osType === 'windows' && ruleApplies('windowsLimits', facts.profile);
  const minRam = windows ? Math.max(WINDOWS_MIN_RAM_MB, facts.image?.minRam ?? 0) : null;
  const apiFit = useWindowsFlavorIds(minRam);
  const gpuFlavorPlainImage = ruleApplies('flavorFamilies', facts.profile) && facts.flavor && isGpu(facts.flavor.family) && facts.image && !facts.image.gpu;

  return (
    <StepFrame step="flavor">
      {!facts.image && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('flavor.noImage')}
        </Alert>
      )}
      {minRam !== null && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('flavor.windowsQuery', { min: formatRam(minRam), minRam: minRamQuery(minRam) })}
        </Alert>
      )}
      {queries.flavors.isError ? (
        <QueryErrorAlert error={queries.flavors.error} onRetry={() => void queries.flavors.refetch()} title={t('flavor.loadFailed')} />
      ) : queries.flavors.data ? (
        <Radio.Group value={field.value} onChange={field.onChange} label={t('flavor.label')} error={error} withAsterisk>
          <Stack mt="xs">
            <FlavorTable flavors={queries.flavors.data} apiFit={apiFit} focusRef={field.ref} selected={field.value} />
          </Stack>
        </Radio.Group>
      ) : (
        <Loader size="sm" aria-label={t('loading')} />
      )}
      {gpuFlavorPlainImage && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('flavor.gpuPlainImage')}
        </Alert>
      )}
      {facts.flavor && <DraftQuotaWarning />}
    </StepFrame>
  );
}
