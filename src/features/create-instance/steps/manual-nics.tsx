import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldProblem } from '../wizard-context';
import { useNicsField, useNicsFocusTarget } from './use-nics-field';

/** Without a network service to list them: subnet ids (NHN Cloud) or network uuids (OpenStack), typed in NIC order. */
export function ManualNics({ kind }: { kind: 'subnet' | 'network' }) {
  const { t } = useTranslation('wizard');
  const nics = useNicsField();
  const focusTarget = useNicsFocusTarget();
  const error = useFieldProblem('nics');
  const ids = nics.nics.filter((nic) => nic.kind === kind).map((nic) => nic.id);
  return (
    <TagsInput
      ref={focusTarget}
      value={ids}
      onChange={(typed) => nics.setIds(kind, typed.map((id) => id.trim()).filter((id) => id !== ''))}
      label={t(kind === 'subnet' ? 'network.manual' : 'network.manualNetworks')}
      description={t(kind === 'subnet' ? 'network.manualHint' : 'network.manualNetworksHint')}
      error={error}
      withAsterisk
      clearable
      spellCheck={false}
    />
  );
}
