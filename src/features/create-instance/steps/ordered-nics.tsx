import { ActionIcon, Badge, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNicLabel } from '../use-nic-label';
import { useFieldProblem } from '../wizard-context';
import type { NicValues } from '../wizard-values';
import classes from '../wizard.module.css';
import { useNicsField } from './use-nics-field';

function FixedIp({ nic, index, onChange }: { nic: NicValues; index: number; onChange: (ip: string) => void }) {
  const { t } = useTranslation('wizard');
  const error = useFieldProblem(`nics.${index}.fixedIp`);
  return (
    <TextInput
      size="xs"
      label={t('network.fixedIp', { nic: index })}
      placeholder={t('network.fixedIpPlaceholder')}
      value={nic.fixedIp}
      onChange={(event) => onChange(event.currentTarget.value.trim())}
      error={error}
      autoComplete="off"
      spellCheck={false}
      maw={260}
    />
  );
}

/** The chosen NICs in order (eth0 first, with the default gateway): reorder, remove, and an optional fixed IP. */
export function OrderedNics({ error }: { error: string | undefined }) {
  const { t } = useTranslation('wizard');
  const nics = useNicsField();
  const label = useNicLabel();
  const list = nics.nics;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="nic-order-label">
        {t('network.order')}
      </Text>
      {list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('network.noneChosen')}
        </Text>
      )}
      <Stack gap={6} component="ol" aria-labelledby="nic-order-label" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((nic, index) => (
          <Paper key={`${nic.kind}:${nic.id}`} withBorder p="xs" component="li">
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge variant={index === 0 ? 'filled' : 'outline'} size="sm">
                    eth{index}
                  </Badge>
                  <Text size="sm" className={classes.choice}>
                    {label(nic)}
                  </Text>
                  {index === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('network.defaultGateway')}
                    </Text>
                  )}
                </Group>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" color="gray" disabled={index === 0} onClick={() => nics.move(index, index - 1)} aria-label={t('network.moveUp', { nic: label(nic) })}>
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === list.length - 1}
                    onClick={() => nics.move(index, index + 1)}
                    aria-label={t('network.moveDown', { nic: label(nic) })}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" color="gray" onClick={() => nics.remove(index)} aria-label={t('network.remove', { nic: label(nic) })}>
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
              {/* A port keeps its own address. */}
              {nic.kind !== 'port' && <FixedIp nic={nic} index={index} onChange={(ip) => nics.setFixedIp(index, ip)} />}
            </Stack>
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
