import { useTranslation } from 'react-i18next';
import { useWizardState } from './wizard-context';
import { itemsOf } from './wizard-facts';
import type { NicValues } from './wizard-values';

/** A NIC in words: "front (192.168.0.0/24)", "Default Network", "port reserved-port (192.168.0.200)". */
export function useNicLabel(): (nic: Pick<NicValues, 'kind' | 'id'>) => string {
  const { t } = useTranslation('wizard');
  const { catalog } = useWizardState();
  return ({ kind, id }) => {
    if (kind === 'subnet') {
      const subnet = itemsOf(catalog.subnets).find((s) => s.id === id);
      return subnet ? `${subnet.name || subnet.id} (${subnet.cidr})` : id;
    }
    if (kind === 'network') return itemsOf(catalog.networks).find((n) => n.id === id)?.name || id;
    const port = itemsOf(catalog.freePorts).find((p) => p.id === id);
    const ip = port?.fixed_ips[0]?.ip_address;
    return ip ? t('network.portLabelIp', { port: port.name || id, ip }) : t('network.portLabel', { port: port?.name || id });
  };
}
