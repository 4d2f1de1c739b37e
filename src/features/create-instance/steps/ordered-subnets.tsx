import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VpcSubnet } from '../../../api/schemas/network';
import type { WizardValues } from '../wizard-values';
import classes from '../wizard.module.css';

/** The chosen subnets in NIC order (eth0 first, with the default gateway), with buttons to reorder them. */
export function OrderedSubnets({ subnets, error }: { subnets: VpcSubnet[]; error: string | undefined }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<WizardValues>();
  const { field } = useController({ control, name: 'subnetIds' });
  const ids = field.value;
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    field.onChange(next);
  };
  const label = (id: string) => {
    const subnet = subnets.find((s) => s.id === id);
    return subnet ? `${subnet.name} (${subnet.cidr})` : id;
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="nic-order-label">
        {t('network.order')}
      </Text>
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('network.noneChosen')}
        </Text>
      )}
      <Stack gap={6} component="ol" aria-labelledby="nic-order-label" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ids.map((id, index) => (
          <Paper key={id} withBorder p="xs" component="li">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Badge variant={index === 0 ? 'filled' : 'outline'} size="sm">
                  eth{index}
                </Badge>
                <Text size="sm" className={classes.choice}>
                  {label(id)}
                </Text>
                {index === 0 && (
                  <Text size="xs" c="dimmed">
                    {t('network.defaultGateway')}
                  </Text>
                )}
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('network.moveUp', { subnet: label(id) })}>
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" disabled={index === ids.length - 1} onClick={() => move(index, index + 1)} aria-label={t('network.moveDown', { subnet: label(id) })}>
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" onClick={() => field.onChange(ids.filter((chosen) => chosen !== id))} aria-label={t('network.remove', { subnet: label(id) })}>
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {error && (
        <Text size="sm" className={classes.problemText} role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
