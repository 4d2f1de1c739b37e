import { useController, useFormContext } from 'react-hook-form';
import type { NicKind } from '../../../domain/nic-rules';
import type { NicValues, WizardValues } from '../wizard-values';

const same = (nic: NicValues, kind: NicKind, id: string) => nic.kind === kind && nic.id === id;

/** The form's NIC list with the edits the network step makes: tick a subnet, network or port, reorder, set an IP. */
export function useNicsField() {
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'nics' });
  const nics = field.value;
  return {
    nics,
    has: (kind: NicKind, id: string) => nics.some((nic) => same(nic, kind, id)),
    toggle: (kind: NicKind, id: string, on: boolean) =>
      field.onChange(on ? [...nics, { kind, id, fixedIp: '' }] : nics.filter((nic) => !same(nic, kind, id))),
    /** Ids typed by hand, in order: a NIC already there keeps its fixed IP. */
    setIds: (kind: NicKind, ids: string[]) =>
      field.onChange(ids.map((id) => nics.find((nic) => same(nic, kind, id)) ?? { kind, id, fixedIp: '' })),
    move: (from: number, to: number) => {
      const next = [...nics];
      const [item] = next.splice(from, 1);
      if (item !== undefined) next.splice(to, 0, item);
      field.onChange(next);
    },
    remove: (index: number) => field.onChange(nics.filter((_, at) => at !== index)),
    setFixedIp: (index: number, fixedIp: string) => field.onChange(nics.map((nic, at) => (at === index ? { ...nic, fixedIp } : nic))),
  };
}

/** The element Next focuses when no NIC is chosen: the first checkbox, or the typed ids. */
export function useNicsFocusTarget() {
  const { control } = useFormContext<WizardValues>();
  return useController({ control, name: 'nics' }).field.ref;
}
