import { Alert, Button, CloseButton, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MAX_VOLUME_GB, MIN_ROOT_GB } from '../../../domain/create-rules';
import { type CloudProfile, ruleApplies } from '../../../domain/cloud-profile';
import { type FlavorFamily, isGpu } from '../../../domain/flavor-family';
import { useWizardState } from '../wizard-context';
import { isEncryptedTypeName } from '../wizard-facts';
import { emptyVolume, type WizardValues } from '../wizard-values';
import { StepFrame } from './step-frame';
import { VolumeFields } from './volume-fields';

/** The first type that needs no key: what NHN's console preselects (HDD). */
function useDefaultVolumeType(): string {
  const { catalog } = useWizardState();
  if (!Array.isArray(catalog.volumeTypes)) return '';
  return catalog.volumeTypes.find((type) => !isEncryptedTypeName(type.name, catalog.volumeTypes))?.name ?? catalog.volumeTypes[0]?.name ?? '';
}

/** "From 50 to 2000 GB: Windows needs at least 50 GB." On plain OpenStack: "At least 20 GB: the image needs ..." */
function useRootSizeHint(min: number, max: number | null): string {
  const { t } = useTranslation('wizard');
  const { facts } = useWizardState();
  const os = facts.osType;
  if (max === null) return t(facts.image && facts.image.minDisk === min && min > 1 ? 'storage.rootAtLeastImage' : 'storage.rootAtLeast', { min });
  const reason = facts.image && facts.image.minDisk > MIN_ROOT_GB[os] ? t('storage.rootByImage', { min: facts.image.minDisk }) : t(`storage.rootBy.${os}`, { min: MIN_ROOT_GB[os] });
  return t('storage.rootRange', { min, max, reason });
}

/** Why nothing is asked about a root on the flavor's own disk. */
function localRootText(family: FlavorFamily, profile: CloudProfile): 'storage.localFlavor' | 'storage.localGpu' | 'storage.localU2' {
  if (!ruleApplies('flavorFamilies', profile)) return 'storage.localFlavor';
  return isGpu(family) ? 'storage.localGpu' : 'storage.localU2';
}

export function StorageStep() {
  const { t } = useTranslation('wizard');
  const { facts } = useWizardState();
  const { control, getValues, setValue } = useFormContext<WizardValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'extraVolumes' });
  const defaultType = useDefaultVolumeType();
  const range = facts.rootSize;
  const rootHint = useRootSizeHint(range?.kind === 'range' ? range.minGb : 0, range?.kind === 'range' ? range.maxGb : null);

  // Sensible starting values when the step is shown with nothing chosen: the cheapest type and the smallest
  // allowed size. Once only: a field the user empties stays empty.
  const sizeDefaulted = useRef(false);
  const typeDefaulted = useRef(false);
  const minGb = range?.kind === 'range' ? range.minGb : null;
  useEffect(() => {
    if (minGb === null || sizeDefaulted.current) return;
    sizeDefaulted.current = true;
    if (getValues('root.sizeGb') === '') setValue('root.sizeGb', minGb);
  }, [minGb, getValues, setValue]);
  useEffect(() => {
    if (minGb === null || defaultType === '' || typeDefaulted.current) return;
    typeDefaulted.current = true;
    if (getValues('root.volumeType') === '') setValue('root.volumeType', defaultType);
  }, [minGb, defaultType, getValues, setValue]);

  return (
    <StepFrame step="storage">
      <Fieldset legend={t('storage.root')}>
        <Stack gap="sm">
          {!range && <Text size="sm">{t('storage.noFlavor')}</Text>}
          {range?.kind === 'fixed' && facts.flavor && (
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
              {t(localRootText(facts.flavor.family, facts.profile), { size: range.sizeGb, flavor: facts.flavor.name })}
            </Alert>
          )}
          {range?.kind === 'range' && (
            <VolumeFields prefix="root" min={range.minGb} max={range.maxGb} sizeHint={rootHint} deleteLabel={t('storage.deleteRoot')} />
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('storage.extra')}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('storage.extraIntro')}
          </Text>
          {fields.map((item, index) => (
            <Stack key={item.id} gap="sm">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {t('storage.extraTitle', { number: index + 1 })}
                </Text>
                <CloseButton onClick={() => remove(index)} aria-label={t('storage.removeExtra', { number: index + 1 })} />
              </Group>
              <VolumeFields prefix={`extraVolumes.${index}`} min={1} max={MAX_VOLUME_GB} sizeHint={t('storage.extraRange', { max: MAX_VOLUME_GB })} deleteLabel={t('storage.deleteExtra')} />
            </Stack>
          ))}
          <Group>
            <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => append({ ...emptyVolume(false), volumeType: defaultType, sizeGb: 100 })}>
              {t('storage.addExtra')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </StepFrame>
  );
}
