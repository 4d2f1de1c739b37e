import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconShieldMinus, IconShieldPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Flavor } from '../../../api/schemas/flavor';
import type { SecurityGroup, SecurityGroupRule } from '../../../api/schemas/network';
import type { Server } from '../../../api/schemas/server';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { networkQueries } from '../../networks/network-queries';
import { openActionDialog } from '../actions/open-action-dialog';
import { serverGroupNames, useActionAvailability } from '../actions/use-action-availability';
import { DisabledReason } from './disabled-reason';

function ports(rule: SecurityGroupRule, any: string): string {
  const { port_range_min: min, port_range_max: max } = rule;
  if (min === null || min === undefined) return any;
  return max === null || max === undefined || max === min ? String(min) : `${min}-${max}`;
}

function RulesTable({ group, groups }: { group: SecurityGroup; groups: SecurityGroup[] }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const any = t('detail.security.any');
  if (group.security_group_rules.length === 0) return <Text size="sm">{t('detail.security.noRules')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.security.direction')}</Table.Th>
            <Table.Th>{t('detail.security.etherType')}</Table.Th>
            <Table.Th>{t('detail.security.protocol')}</Table.Th>
            <Table.Th>{t('detail.security.ports')}</Table.Th>
            <Table.Th>{t('detail.security.remote')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.security_group_rules.map((rule) => {
            const remoteGroup = rule.remote_group_id ? (groups.find((g) => g.id === rule.remote_group_id)?.name ?? rule.remote_group_id) : null;
            return (
              <Table.Tr key={rule.id}>
                <Table.Td>{t(rule.direction === 'ingress' ? 'detail.security.ingress' : 'detail.security.egress')}</Table.Td>
                <Table.Td>{rule.ethertype ?? any}</Table.Td>
                <Table.Td>{rule.protocol ? rule.protocol.toUpperCase() : any}</Table.Td>
                <Table.Td>{ports(rule, any)}</Table.Td>
                <Table.Td>{remoteGroup ? t('detail.security.remoteGroup', { group: remoteGroup }) : (rule.remote_ip_prefix ?? any)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The instance's security groups with their rules (from the Network API), and adding or removing one. */
export function SecurityTab({ server, flavors }: { server: Server; flavors: Flavor[] | undefined }) {
  const { t } = useTranslation(['instanceDetail', 'instances']);
  const groups = useQuery(networkQueries.securityGroups());
  const availability = useActionAvailability(server, flavors);
  const reason = (action: 'addSecurityGroup' | 'removeSecurityGroup') => availability.find((entry) => entry.action === action)?.reason ?? null;
  const addReason = reason('addSecurityGroup');
  const removeReason = reason('removeSecurityGroup');
  const names = serverGroupNames(server);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={640}>
          {t('detail.security.intro')}
        </Text>
        <Stack gap={4} align="flex-end">
          <Button
            leftSection={<IconShieldPlus size={16} aria-hidden />}
            disabled={addReason !== null}
            aria-describedby={addReason ? 'add-group-reason' : undefined}
            onClick={() => openActionDialog('addSecurityGroup', server, { flavors })}
          >
            {t('instances:action.addSecurityGroup')}
          </Button>
          <DisabledReason id="add-group-reason" reason={addReason} />
        </Stack>
      </Group>
      {groups.isError && <QueryErrorAlert error={groups.error} onRetry={() => void groups.refetch()} title={t('detail.security.rulesFailed')} />}
      {names.length === 0 && (
        <Paper withBorder p="lg">
          <Text size="sm">{t('instances:dialogs.securityGroup.noneToRemove')}</Text>
        </Paper>
      )}
      {names.map((name) => {
        const group = groups.data?.find((g) => g.name === name);
        return (
          <Paper key={name} withBorder p="md" radius="md">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Title order={2} size="h4">
                    {name}
                  </Title>
                  {group?.description && (
                    <Text size="sm" c="dimmed">
                      {group.description}
                    </Text>
                  )}
                </div>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconShieldMinus size={14} aria-hidden />}
                  disabled={removeReason !== null}
                  aria-label={t('detail.security.removeNamed', { group: name })}
                  onClick={() => openActionDialog('removeSecurityGroup', server, { flavors, groupName: name })}
                >
                  {t('detail.security.remove')}
                </Button>
              </Group>
              {group ? <RulesTable group={group} groups={groups.data ?? []} /> : groups.isPending ? null : <Text size="sm">{t('detail.security.unknownRules')}</Text>}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
