import { useTranslation } from 'react-i18next';
import { MAX_USER_DATA_BYTES, userDataEncodedBytes } from '../../domain/create-rules';
import { formatRam } from '../../lib/format-ram';
import { useWizardState } from './wizard-context';
import { useNicLabel } from './use-nic-label';
import { isEncryptedTypeName } from './wizard-facts';
import type { ChoiceStep } from './wizard-steps';
import type { NicValues, VolumeValues, WizardValues } from './wizard-values';

export interface ChoiceLine {
  label: string;
  value: string;
}

/** Every choice in words, per step: the summary beside the steps and the review both read these. */
export function useChoices(values: WizardValues): Record<ChoiceStep, ChoiceLine[]> {
  const { t, i18n } = useTranslation('wizard');
  const { facts, catalog } = useWizardState();
  const { image, flavor, rootSize } = facts;
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const line = (label: string, value: string): ChoiceLine => ({ label, value });
  const sizeOf = (size: VolumeValues['sizeGb']) => (size === '' ? t('choices.notChosen') : t('units.gb', { size }));
  const volumeLine = (label: string, volume: VolumeValues) => {
    if (volume.volumeType === '' && volume.sizeGb === '') return line(label, t('choices.notChosen'));
    const encrypted = isEncryptedTypeName(volume.volumeType, catalog.volumeTypes) === true;
    const parts = [volume.volumeType || t('choices.notChosen'), sizeOf(volume.sizeGb)];
    if (encrypted) parts.push(volume.skmKeyId ? t('choices.encrypted', { key: volume.skmKeyId }) : t('choices.encryptedNoKey'));
    parts.push(volume.deleteOnTermination ? t('choices.deleteWithInstance') : t('choices.keptAfterInstance'));
    return line(label, parts.join(' · '));
  };
  const nicLabel = useNicLabel();
  const nicLine = (nic: NicValues) => (nic.fixedIp === '' ? nicLabel(nic) : t('choices.withFixedIp', { nic: nicLabel(nic), ip: nic.fixedIp }));
  const zone = values.availabilityZone || t('choices.anyZone');
  const count = values.count === '' ? 1 : values.count;

  return {
    image: image
      ? [line(t('choices.image'), image.name), line(t('choices.os'), t(`os.${image.osType}`)), line(t('choices.imageMinimums'), t('choices.minimums', { disk: image.minDisk, ram: image.minRam > 0 ? formatRam(image.minRam) : t('image.noMinRam') }))]
      : [],
    flavor: flavor
      ? [line(t('choices.flavor'), flavor.name), line(t('choices.flavorSpec'), t('choices.spec', { vcpus: flavor.vcpus, ram: formatRam(flavor.ram) }))]
      : [],
    storage: [
      rootSize?.kind === 'fixed' ? line(t('choices.root'), t('choices.localRoot', { size: rootSize.sizeGb })) : volumeLine(t('choices.root'), values.root),
      ...values.extraVolumes.map((volume, index) => volumeLine(t('choices.extraVolume', { number: index + 1 }), volume)),
    ],
    network: values.nics.map((nic, index) => line(index === 0 ? t('choices.nicDefault', { nic: index }) : t('choices.nic', { nic: index }), nicLine(nic))),
    securityGroups: [line(t('choices.securityGroups'), values.securityGroups.length > 0 ? values.securityGroups.join(', ') : t('choices.defaultGroup'))],
    keyPair: values.keyName ? [line(t('choices.keyPair'), values.keyName)] : [],
    details: [
      line(t('choices.name'), values.name || t('choices.notChosen')),
      line(t('choices.count'), number(count)),
      line(t('choices.zone'), zone),
      line(t('choices.metadata'), values.metadata.length > 0 ? values.metadata.map((m) => `${m.key}=${m.value}`).join(', ') : t('choices.none')),
      line(
        t('choices.userData'),
        values.userData === '' ? t('choices.none') : t('choices.userDataSize', { bytes: number(userDataEncodedBytes(values.userData)), max: number(MAX_USER_DATA_BYTES) }),
      ),
    ],
  };
}
